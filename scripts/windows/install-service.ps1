<#
.SYNOPSIS
  Publishes dlict and installs `dlict serve` as a Windows service (see docs/operations.md).
.EXAMPLE
  # From the repository root, in an elevated PowerShell:
  $pw = Read-Host -AsSecureString "SMTP password"
  .\scripts\windows\install-service.ps1 -DataDir D:\dlict-data -SmtpPassword $pw
.NOTES
  Secrets are stored as the service's own environment (registry value
  HKLM\SYSTEM\CurrentControlSet\Services\dlict\Environment), readable by administrators and the service only;
  never in dlict.json. Logs: D:\dlict-data\logs\serve-yyyy-MM.log and the run history in `dlict status`.
#>
[CmdletBinding()]
param(
    [string]$DataDir = "C:\dlict-data",
    [string]$InstallDir = "C:\Program Files\dlict",
    [string]$ServiceName = "dlict",
    [securestring]$SmtpPassword,
    [string]$Connection,            # SQL Server connection string (optional; contains a password)
    [string]$Provider = "sqlite",
    [pscredential]$Account          # optional service account; default LocalSystem
)
$ErrorActionPreference = "Stop"

$repo = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Write-Host "Publishing to $InstallDir ..."
dotnet publish (Join-Path $repo "etl\Dlict.Cli") -c Release -r win-x64 --self-contained false -o $InstallDir
if ($LASTEXITCODE -ne 0) { throw "dotnet publish failed" }
New-Item -ItemType Directory -Force -Path $DataDir | Out-Null

$existing = Get-Service -Name $ServiceName -ErrorAction SilentlyContinue
if ($existing) {
    if ($existing.Status -ne "Stopped") { Stop-Service -Name $ServiceName }
    sc.exe delete $ServiceName | Out-Null
    Start-Sleep -Seconds 2
}

$exe = Join-Path $InstallDir "dlict.exe"
$params = @{
    Name           = $ServiceName
    BinaryPathName = "`"$exe`" serve --data-dir `"$DataDir`" --provider $Provider"
    DisplayName    = "DLICT Analytics (dlict serve)"
    Description    = "Ingests the inbox, reminds data officers before deadlines and delivers the management workbook."
    StartupType    = "Automatic"
}
if ($Account) { $params.Credential = $Account }
New-Service @params | Out-Null

# Service environment: REG_MULTI_SZ "Environment" under the service key, NAME=value per line.
$environment = @()
if ($SmtpPassword) { $environment += "DLICT_SMTP_PASSWORD=" + [System.Net.NetworkCredential]::new("", $SmtpPassword).Password }
if ($Connection) { $environment += "DLICT_CONNECTION=$Connection" }
if ($environment.Count -gt 0) {
    $key = "HKLM:\SYSTEM\CurrentControlSet\Services\$ServiceName"
    New-ItemProperty -Path $key -Name Environment -PropertyType MultiString -Value $environment -Force | Out-Null
}

# Restart after a crash: 1 min, 1 min, 5 min; reset the counter after a day.
sc.exe failure $ServiceName reset= 86400 actions= restart/60000/restart/60000/restart/300000 | Out-Null
sc.exe failureflag $ServiceName 1 | Out-Null

Start-Service -Name $ServiceName
Get-Service -Name $ServiceName
Write-Host "Installed. Check: & `"$exe`" status --data-dir `"$DataDir`""
