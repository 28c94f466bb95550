namespace Dlict.Portal.Pages;

/// <summary>The one style sheet, served from /portal.css: small, system fonts (no web font), readable on a phone.</summary>
public static class PortalCss
{
    public const string Text =
        """
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 "Noto Sans Thai","Leelawadee UI",Tahoma,"Loma",sans-serif;color:#1b1f23;background:#f5f6f8}
        main{max-width:960px;margin:0 auto;padding:12px}
        h1{font-size:1.35em;margin:.4em 0}
        h2{font-size:1.15em;margin:1em 0 .4em}
        .en{color:#5a6270;font-size:.85em}
        .card{background:#fff;border:1px solid #d8dce2;border-radius:8px;padding:12px;margin:12px 0}
        .status{display:inline-block;padding:2px 10px;border-radius:12px;font-weight:bold}
        .missing{background:#fde2e1;color:#9b1c1c}
        .on_time{background:#dcf5e3;color:#14532d}
        .late{background:#fff1cc;color:#7a4b00}
        .loaded{background:#dcf5e3;color:#14532d}
        .rejected{background:#fde2e1;color:#9b1c1c}
        .skipped{background:#e5e9f0;color:#333}
        table{border-collapse:collapse;width:100%;font-size:.92em}
        th,td{border-bottom:1px solid #e3e6ea;padding:4px 6px;text-align:left;vertical-align:top}
        th{background:#eef1f5}
        .scroll{overflow-x:auto}
        td.n,th.n{text-align:right}
        label{display:block;margin:.5em 0 .2em;font-weight:bold}
        input[type=file],select,input[type=password],input[type=text]{width:100%;padding:8px;font-size:1em}
        button{font-size:1em;padding:10px 16px;margin:10px 8px 0 0;border-radius:6px;border:1px solid #1f5fbf;background:#1f6fe0;color:#fff}
        button .en{color:#e3edff}
        button.secondary .en{color:#5a6270}
        button.secondary{background:#fff;color:#1f5fbf}
        .msg{font-size:1.1em;font-weight:bold}
        nav a{margin-right:12px}
        form.inline{display:inline}
        .bar{background:#e3e6ea;border-radius:4px;height:10px}
        .bar span{display:block;height:10px;border-radius:4px;background:#2e9e5b}
        .kpis{display:flex;flex-wrap:wrap;gap:8px}
        .kpi{flex:1 1 140px;border:1px solid #e3e6ea;border-radius:6px;padding:8px 10px}
        .kpi-value{font-size:1.1em}
        .kpi-value b{font-size:1.35em}
        .kpi-value b.none{font-size:1em;color:#5a6270}
        .kpi-label{font-size:.92em}
        .kpi-note{font-size:.85em;color:#5a6270}
        .charts img{display:block;max-width:100%;height:auto;margin:12px 0 0}
        .chart-note{color:#5a6270;margin:12px 0 0}
        td.n{white-space:nowrap}
        @media (max-width:480px){main{padding:6px}.card{padding:8px}table{font-size:.8em}th,td{padding:3px 4px}th .en{display:block}}
        """;
}
