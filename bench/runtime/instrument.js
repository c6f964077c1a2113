// Counters that run.mjs reads on the pages it loads with ?instrument (never on the pages whose mount
// it times). Inlined into the page's <head>, so it runs before React or any library is loaded.
// - React commits: a minimal React DevTools hook. Production react-dom calls onCommitFiberRoot once
//   per commit, of every root, when a hook is present at load; the build itself is unchanged.
// - Scroll listeners: addEventListener is wrapped so that every 'scroll' listener any code adds,
//   on any target, counts its calls; listeners added to window or document are counted too. A capture listener of our own counts the scroll events.
// - Pointer moves: a capture listener counts the pointermove events the page receives.
(() => {
  if (!new URLSearchParams(location.search).has('instrument')) return;
  const counts = { commits: 0, scrollEvents: 0, scrollListenerCalls: 0, scrollListenersAdded: 0, pointerMoves: 0 };
  window.__counts = counts;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      this.renderers.set(1, renderer);
      return 1;
    },
    onCommitFiberRoot() {
      counts.commits += 1;
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    checkDCE() {},
  };
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const wrappers = new WeakMap();
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (type !== 'scroll' || !listener) return add.call(this, type, listener, options);
    let wrapper = wrappers.get(listener);
    if (!wrapper) {
      wrapper = function (event) {
        counts.scrollListenerCalls += 1;
        return typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event);
      };
      wrappers.set(listener, wrapper);
    }
    // React adds one to every root container for scroll events inside it; page scrolls never
    // reach it, so only window and document listeners are counted as added.
    if (this === window || this === document) counts.scrollListenersAdded += 1;
    return add.call(this, type, wrapper, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    return remove.call(this, type, (type === 'scroll' && listener && wrappers.get(listener)) || listener, options);
  };
  add.call(window, 'scroll', () => (counts.scrollEvents += 1), { capture: true, passive: true });
  add.call(window, 'pointermove', () => (counts.pointerMoves += 1), { capture: true, passive: true });
})();
