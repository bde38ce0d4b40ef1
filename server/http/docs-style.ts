// The API reference's stylesheet, served as a file of its own: the CSP forbids inline styles.
export const DOCS_CSS = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; } h3 { font-size: 1.05rem; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.9em; }
pre { background: rgb(127 127 127 / 0.12); padding: 0.75rem; overflow-x: auto; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid rgb(127 127 127 / 0.3); }
td pre { margin: 0; max-height: 20rem; }
.operation { border-top: 2px solid rgb(127 127 127 / 0.3); }
.method { display: inline-block; min-width: 4.5rem; padding: 0 0.4rem; border-radius: 4px; color: #fff; font-size: 0.9rem; text-align: center; }
.method-get { background: #1f6f43; } .method-post { background: #1d4f91; } .method-delete { background: #9b1c1c; }
.summary { font-weight: 600; }
nav ul { padding-left: 1.2rem; }
`;
