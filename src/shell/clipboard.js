// Copying a share link. The link is ready only once the browser has compressed it, after the
// press that asked for it, and Safari's engine refuses a clipboard write that starts after an
// await; it takes one started during the press whose text is a promise. `startCopy` starts
// such a write and returns the function that finishes it: given the text, it resolves to
// whether the clipboard took it; given nothing, it gives up. Null where the browser has no
// ClipboardItem: `copy` then writes the text when it is ready.
export function startCopy() {
  if (typeof ClipboardItem !== 'function' || !navigator.clipboard || !navigator.clipboard.write) return null;
  let give;
  const text = new Promise((resolve, reject) => {
    give = (value) => (value === undefined ? reject(new Error('nothing to copy')) : resolve(new Blob([value], { type: 'text/plain' })));
  });
  text.catch(() => {}); // giving up is not an error
  let copied;
  try {
    copied = navigator.clipboard.write([new ClipboardItem({ 'text/plain': text })]).then(() => true, () => false);
  } catch {
    return null;
  }
  return (value) => {
    give(value);
    return copied;
  };
}

export function abandonCopy(begun) {
  if (begun) begun();
}

// Copies `text` into the write `begun` (from `startCopy`, or null), else, or where that one
// was refused, with writeText. Resolves to whether the clipboard took it: false without
// permission, on an insecure page (no `navigator.clipboard` at all), in a locked-down iframe.
export async function copy(text, begun) {
  if (begun && (await begun(text))) return true;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
