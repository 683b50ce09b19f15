// Loads the file-formats module (JSON, Markdown and CSV exports, and imports) the first time
// one is needed: the board does not need it to show itself, so it is not part of the first
// load. It sits beside the app's own script in the release folder; this file is copied to
// `snippets/<crate>-<hash>/src/shell/`, so the folder is found from this file's own address.
let loading = null;

function moduleUrl() {
  return new URL(import.meta.url.replace(/\/snippets\/.*$/, '/role-lanes-exchange.js'));
}

export function callExchange(name, first, second) {
  if (loading === null) {
    loading = import(moduleUrl()).then(async (module) => {
      await module.default();
      return module;
    });
    // A failed load (offline, say) is tried again next time rather than remembered.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading.then((module) => module[name](first, second));
}
