namespace IamPortal.Benchmarks;

/// <summary>
/// What a load-run operator does, as scripts run in the page: each starts its clock, acts as a person would (a click,
/// typed text), and resolves with the milliseconds until the expected DOM change (a MutationObserver), so neither the
/// test driver nor paint time counts. A script that sees no change within 15 s rejects (counted as failed).
/// </summary>
public static class LoadInteractions
{
    /// <summary>Installed in every page: <c>__bench.measure(action, done)</c>.</summary>
    public const string Helper = """
        window.__bench = {
          rows: () => [...document.querySelectorAll("tbody tr.mud-table-row")].map(r => r.textContent).join("|"),
          firstUser: () => document.querySelector("tbody tr.mud-table-row a[href^='/users/']"),
          count: () => document.querySelector("[data-testid=users-count]")?.textContent.trim(),
          type(input, text) {
            input.focus();
            input.value = text;
            input.dispatchEvent(new Event("input", { bubbles: true }));
          },
          measure(action, done, timeoutMs = 15000) {
            return new Promise((resolve, reject) => {
              const started = performance.now();
              const observer = new MutationObserver(() => check());
              const timer = setTimeout(() => { observer.disconnect(); reject(new Error("no change within " + timeoutMs + " ms at " + location.pathname + ", count " + __bench.count() + ", search \"" + document.querySelector("#users-search")?.value + "\"")); }, timeoutMs);
              const check = () => {
                let ok = false;
                try { ok = done(); } catch { }
                if (!ok) return;
                observer.disconnect();
                clearTimeout(timer);
                resolve(performance.now() - started);
              };
              observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
              action();
            });
          },
        };
        """;

    /// <summary>The Users link in the navigation menu, from a user's page: until the list shows rows and its count.</summary>
    public const string OpenList = """
        () => __bench.measure(
          () => document.querySelector("a[href='/users']").click(),
          () => location.pathname === "/users" && __bench.firstUser() && __bench.count())
        """;

    /// <summary>Quick search (its input waits 300 ms after the last keystroke by design): until the count changes.</summary>
    public const string Search = """
        (text) => { const before = __bench.count(); return __bench.measure(
          () => __bench.type(document.querySelector("#users-search"), text),
          () => __bench.count() && __bench.count() !== before); }
        """;

    /// <summary>The User name column's filter button: until its value field shows.</summary>
    public const string OpenFilterMenu = """
        () => __bench.measure(
          () => [...document.querySelectorAll("th")].find(th => th.querySelector(".sortable-column-header")?.textContent.trim() === "User name")
                  .querySelector("button.filter-button").click(),
          () => document.querySelector(".mud-popover-open .users-column-filter-value input"))
        """;

    /// <summary>Types the value (one round trip per input, not timed), then Filter: until the count changes.</summary>
    public const string ApplyFilter = """
        async (text) => {
          const popover = () => document.querySelector(".mud-popover-open");
          await __bench.measure(() => __bench.type(popover().querySelector(".users-column-filter-value input"), text),
            () => [...popover().querySelectorAll("button")].some(b => b.textContent.trim() === "Filter" && !b.disabled));
          const before = __bench.count();
          return __bench.measure(
            () => [...popover().querySelectorAll("button")].find(b => b.textContent.trim() === "Filter").click(),
            () => __bench.count() && __bench.count() !== before);
        }
        """;

    /// <summary>A click on the Last activity header (ascending, descending, unsorted in turn): until the rows change.</summary>
    public const string Sort = """
        () => { const before = __bench.rows(); return __bench.measure(
          () => [...document.querySelectorAll("th .sortable-column-header")].find(h => h.textContent.trim() === "Last activity").click(),
          () => __bench.firstUser() && __bench.rows() !== before); }
        """;

    /// <summary>The first user in the list: until that user's page shows their name.</summary>
    public const string OpenUser = """
        () => { const link = __bench.firstUser(); const name = link.textContent.trim(); return __bench.measure(
          () => link.click(),
          () => document.querySelector("[data-testid=user-name]")?.textContent.trim() === name); }
        """;
}
