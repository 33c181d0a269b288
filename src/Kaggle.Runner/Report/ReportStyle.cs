namespace Kaggle.Runner.Report;

/// <summary>The report's stylesheet, inlined in the page so it opens anywhere without a network.</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { --ink: #202124; --muted: #5f6368; --line: #e3e5e8; --bg: #f5f6f8; --accent: #4e79a7; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); }
        header { background: #1f2a3a; color: #fff; padding: 22px 32px 0; }
        header h1 { margin: 2px 0 16px; font-size: 22px; font-weight: 600; word-break: break-all; }
        .eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: #aab4c3; }
        .cards { display: flex; flex-wrap: wrap; gap: 12px; }
        .card { background: rgba(255,255,255,.08); border-radius: 8px; padding: 8px 14px; min-width: 120px; }
        .card .label { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: #aab4c3; }
        .card .value { font-size: 18px; font-weight: 600; }
        .card small { font-size: 12px; font-weight: 400; color: #cfd6df; }
        nav { display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 14px 0 12px; }
        nav a { color: #d6e2f5; text-decoration: none; font-size: 13px; }
        nav a.omitted { color: #7d8796; }
        main { padding: 8px 32px 24px; max-width: 1480px; }
        section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 14px 20px 18px; margin: 16px 0; }
        h2 { font-size: 17px; margin: 0 0 10px; }
        .figures { display: flex; flex-wrap: wrap; gap: 18px 28px; }
        figure { margin: 0; }
        figcaption { font-size: 12px; color: var(--muted); max-width: 410px; margin-top: 2px; }
        svg text { font: 11px system-ui, "DejaVu Sans", sans-serif; fill: #3c4043; }
        svg text.label { font-size: 12px; fill: var(--muted); }
        svg.bars text.value { fill: var(--muted); }
        table { border-collapse: collapse; margin: 6px 0; }
        th, td { padding: 5px 12px; border-bottom: 1px solid var(--line); text-align: left; white-space: nowrap; }
        th { font-size: 12px; color: var(--muted); font-weight: 600; }
        td svg { display: block; }
        table.confusion td { text-align: center; min-width: 46px; }
        .muted { color: var(--muted); }
        .note { color: var(--muted); font-style: italic; margin: 4px 0; }
        .tag { font-size: 11px; background: #fde8c8; color: #8a5300; border-radius: 4px; padding: 1px 6px; margin-left: 4px; }
        .tag.ensemble { background: #e2ecf7; color: #2c5282; }
        .big { font-size: 20px; font-weight: 700; padding: 2px 10px; border-radius: 6px; margin-right: 8px; }
        .big.good { background: #e3f4e1; color: #2f6b2a; }
        .big.warn { background: #fdf0d2; color: #8a5300; }
        .big.bad { background: #fbe1e1; color: #9b2226; }
        footer { color: var(--muted); font-size: 12px; padding: 0 32px 28px; }
        """;
}
