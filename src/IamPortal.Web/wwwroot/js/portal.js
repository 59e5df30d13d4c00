// Small browser helpers the portal calls through IJSRuntime. No state, no secrets.
window.iamPortal = {
    // Saves text as a file download (CSV exports).
    downloadText: function (fileName, contentType, text) {
        const blob = new Blob([text], { type: contentType });
        const url = URL.createObjectURL(blob);
        const link = document.createElement("a");
        link.href = url;
        link.download = fileName;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
    },

    // Copies text to the clipboard; falls back to a hidden text area where the Clipboard API is unavailable (plain HTTP).
    copyText: async function (text) {
        try {
            if (navigator.clipboard && window.isSecureContext) {
                await navigator.clipboard.writeText(text);
                return true;
            }
        } catch { /* fall through */ }
        const area = document.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.style.position = "fixed";
        area.style.opacity = "0";
        document.body.appendChild(area);
        area.select();
        const copied = document.execCommand("copy");
        area.remove();
        return copied;
    },

    getPreference: function (key) {
        try { return window.localStorage.getItem(key); } catch { return null; }
    },

    setPreference: function (key, value) {
        try { window.localStorage.setItem(key, value); } catch { /* storage disabled */ }
    }
};
