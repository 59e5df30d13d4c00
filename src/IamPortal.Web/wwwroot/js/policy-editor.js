// The policy editor's browser side: loads Monaco (BlazorMonaco's static assets) on first use, sets the validator's
// findings as Monaco markers, and moves the cursor to a finding (in Monaco or in the plain text area fallback).
const base = "_content/BlazorMonaco/";
const scripts = [base + "jsInterop.js", base + "lib/monaco-editor/min/vs/loader.js", base + "lib/monaco-editor/min/vs/editor/editor.main.js"];
let loading = null;

function loadScript(src) {
    return new Promise((resolve, reject) => {
        const existing = document.querySelector(`script[src="${src}"]`);
        if (existing) { resolve(); return; }
        const script = document.createElement("script");
        script.src = src;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error("could not load " + src));
        document.head.appendChild(script);
    });
}

function monacoReady() {
    return typeof window.monaco !== "undefined" && !!window.blazorMonaco && !!window.blazorMonaco.editor;
}

// Resolves true once Monaco and BlazorMonaco's interop are there, false when they cannot be loaded (the editor then offers a text area).
export async function ensureMonaco(timeoutMs) {
    if (monacoReady()) return true;
    if (!loading) {
        loading = (async () => {
            for (const src of scripts) await loadScript(src);
            // editor.main.js defines monaco through its AMD loader: ask for the module, then wait until the global appears.
            if (!monacoReady() && typeof window.require === "function")
                window.require(["vs/editor/editor.main"], () => { }, () => { });
            const start = Date.now();
            while (!monacoReady() && Date.now() - start < timeoutMs) await new Promise(r => setTimeout(r, 50));
            return monacoReady();
        })().catch(() => false);
    }
    const ok = await loading;
    if (!ok) loading = null;
    return ok;
}

function editorOf(id) {
    return monacoReady() ? window.blazorMonaco.editor.getEditor(id, true) : null;
}

// The end column of the token a finding points at: the closing quote of a string, else the word, else one character.
function endColumn(model, line, column) {
    const text = model.getLineContent(line);
    if (text[column - 1] === '"') {
        const close = text.indexOf('"', column);
        if (close >= 0) return close + 2;
    }
    const word = model.getWordAtPosition({ lineNumber: line, column: column });
    return word ? Math.max(word.endColumn, column + 1) : column + 1;
}

// markers: [{ line, column, severity (monaco.MarkerSeverity value), message, code }]
export function setMarkers(id, markers) {
    const editor = editorOf(id);
    const model = editor ? editor.getModel() : null;
    if (!model) return false;
    const lines = model.getLineCount();
    window.monaco.editor.setModelMarkers(model, "iam-policy", markers.map(m => {
        const line = Math.min(Math.max(m.line, 1), lines);
        return {
            startLineNumber: line, startColumn: m.column, endLineNumber: line, endColumn: endColumn(model, line, m.column),
            severity: m.severity, message: m.message, code: m.code, source: "IAM policy check"
        };
    }));
    return true;
}

// Moves the cursor of the Monaco editor (or of the text area with this id) to line and column, and focuses it.
export function moveTo(id, line, column) {
    const editor = editorOf(id);
    if (editor) {
        editor.setPosition({ lineNumber: line, column: column });
        editor.revealLineInCenterIfOutsideViewport(line);
        editor.focus();
        return;
    }
    const area = document.getElementById(id + "-text");
    if (!area) return;
    const lines = area.value.split("\n");
    let offset = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
    offset += column - 1;
    area.focus();
    area.setSelectionRange(offset, offset);
}
