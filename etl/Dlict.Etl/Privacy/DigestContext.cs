using System.Runtime.InteropServices;

namespace Dlict.Etl.Privacy;

/// <summary>
/// An OpenSSL <c>EVP_MD_CTX</c> for SHA-256, allocated and freed by libcrypto itself (<c>EVP_MD_CTX_new</c>/<c>_free</c>):
/// no struct whose size we would have to guess. Callers pass the handle to the calls below, which take and release it
/// (SafeHandle marshalling), so a context is never used after it is freed.
/// </summary>
internal sealed class DigestContext : SafeHandle
{
    public const string Library = "libcrypto.so.3";

    public DigestContext() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>A new context started on SHA-256; null when libcrypto cannot make one.</summary>
    public static DigestContext? StartSha256()
    {
        var context = EVP_MD_CTX_new();
        if (context.IsInvalid || EVP_DigestInit_ex(context, EVP_sha256(), IntPtr.Zero) != 1)
        {
            context.Dispose();
            return null;
        }
        return context;
    }

    public int Update(ReadOnlySpan<byte> data) => EVP_DigestUpdate(this, ref MemoryMarshal.GetReference(data), (nuint)data.Length);

    /// <summary>Writes the 32-byte digest; the context must be set again (<see cref="CopyFrom"/>) before the next use.</summary>
    public int Final(Span<byte> digest32) => EVP_DigestFinal_ex(this, ref MemoryMarshal.GetReference(digest32), IntPtr.Zero);

    /// <summary>Becomes a copy of <paramref name="source"/>'s state (libcrypto sizes and owns the copy).</summary>
    public int CopyFrom(DigestContext source) => EVP_MD_CTX_copy_ex(this, source);

    protected override bool ReleaseHandle()
    {
        EVP_MD_CTX_free(handle);
        return true;
    }

    /// <summary>
    /// The same calls on raw context addresses, for a loop of millions (<see cref="KeyedSha256"/>: SafeHandle
    /// marshalling took and released a reference per handle per call, 8 pairs an ID, ~6 % of a roster's reading
    /// thread). Only for a context whose reference the caller holds (<see cref="SafeHandle.DangerousAddRef"/> until
    /// <see cref="SafeHandle.DangerousRelease"/>), so libcrypto cannot free it in between.
    /// </summary>
    internal static class Held
    {
        public static int Update(IntPtr context, ReadOnlySpan<byte> data) =>
            EVP_DigestUpdate(context, ref MemoryMarshal.GetReference(data), (nuint)data.Length);

        public static int Final(IntPtr context, Span<byte> digest32) =>
            EVP_DigestFinal_ex(context, ref MemoryMarshal.GetReference(digest32), IntPtr.Zero);

        public static int Copy(IntPtr destination, IntPtr source) => EVP_MD_CTX_copy_ex(destination, source);

        [DllImport(Library)] private static extern int EVP_DigestUpdate(IntPtr context, ref byte data, nuint length);
        [DllImport(Library)] private static extern int EVP_DigestFinal_ex(IntPtr context, ref byte digest, IntPtr length);
        [DllImport(Library)] private static extern int EVP_MD_CTX_copy_ex(IntPtr destination, IntPtr source);
    }

    [DllImport(Library)] private static extern DigestContext EVP_MD_CTX_new();
    [DllImport(Library)] private static extern void EVP_MD_CTX_free(IntPtr context);
    [DllImport(Library)] private static extern IntPtr EVP_sha256();
    [DllImport(Library)] private static extern int EVP_DigestInit_ex(DigestContext context, IntPtr type, IntPtr engine);
    [DllImport(Library)] private static extern int EVP_DigestUpdate(DigestContext context, ref byte data, nuint length);
    [DllImport(Library)] private static extern int EVP_DigestFinal_ex(DigestContext context, ref byte digest, IntPtr length);
    [DllImport(Library)] private static extern int EVP_MD_CTX_copy_ex(DigestContext destination, DigestContext source);
}
