// The app takes over a prerendered /d/<id> page without the text jumping. Plain ES5: it runs on the oldest
// browsers the site serves; where it cannot (no history API, no MutationObserver) the static page simply stays.
// 1. The app's scripts load after the page is painted, the app renders hidden at its own route, its stylesheets
//    held back (media=print) so they cannot touch the page being read.
// 2. When the app shows the same anchor (the 文号), page and app swap in one frame and the app is scrolled so the
//    文号 stays where the reader saw it. A reader who has scrolled on, or came for a clause (#…), keeps the page.
;(function () {
  var me = document.getElementById('takeover')
  var root = document.documentElement
  var page = document.getElementById('static-page')
  var app = document.getElementById('app')
  function finish(state) {
    root.setAttribute('data-takeover', state)
  }
  if (!me || !page || !app || location.hash || !window.MutationObserver || !(window.history && history.replaceState))
    return finish('kept-page')
  var anchorId = me.getAttribute('data-anchor')
  var pageUrl = location.href
  var held = []
  function list(name) {
    return (me.getAttribute(name) || '').split(' ').filter(Boolean)
  }
  function hold(node) {
    var sheet = node.tagName === 'STYLE' || (node.tagName === 'LINK' && node.rel === 'stylesheet')
    if (!sheet || node.getAttribute('data-held')) return
    node.setAttribute('data-held', node.media || 'all')
    node.media = 'print'
    held.push(node)
  }
  // What the app adds to the body beside #app (Taro's navigation bar) stays hidden until the swap too.
  var hidden = []
  function hide(node) {
    if (node.nodeType !== 1 || node.tagName === 'SCRIPT' || node === app) return
    hidden.push([node, node.style.display])
    node.style.display = 'none'
  }
  var changes = 0
  var headWatch = new MutationObserver(function (records) {
    changes++
    for (var i = 0; i < records.length; i++) {
      for (var j = 0; j < records[i].addedNodes.length; j++) {
        var node = records[i].addedNodes[j]
        if (records[i].target === document.body) hide(node)
        else hold(node)
      }
    }
  })
  function add(tag, attributes) {
    var node = document.createElement(tag)
    for (var name in attributes) node[name] = attributes[name]
    ;(tag === 'script' ? document.body : document.head).appendChild(node)
    return node
  }
  function visible(node) {
    var box = node.getBoundingClientRect()
    return box.bottom > 0 && box.top < (window.innerHeight || root.clientHeight)
  }
  function scroller(node) {
    for (var each = node.parentNode; each && each !== document.body; each = each.parentNode) {
      var overflow = window.getComputedStyle(each).overflowY
      if ((overflow === 'auto' || overflow === 'scroll') && each.scrollHeight > each.clientHeight) return each
    }
    return null
  }
  function swap(target) {
    appWatch.disconnect()
    headWatch.disconnect()
    var seen = document.getElementById(anchorId)
    if (!seen || !visible(seen)) {
      history.replaceState(null, '', pageUrl)
      return finish('kept-page')
    }
    var before = seen.getBoundingClientRect().top
    for (var i = 0; i < held.length; i++) held[i].media = held[i].getAttribute('data-held')
    for (var k = 0; k < hidden.length; k++) hidden[k][0].style.display = hidden[k][1]
    var pageStyle = document.getElementById('static-style')
    if (pageStyle) pageStyle.parentNode.removeChild(pageStyle)
    page.parentNode.removeChild(page)
    app.hidden = false
    window.scrollTo(0, 0)
    var shift = target.getBoundingClientRect().top - before
    var box = scroller(target)
    if (box) box.scrollTop += shift
    else window.scrollBy(0, shift)
    finish('app')
  }
  // The app has settled when its anchor is there and nothing in the app or the head has changed for three frames
  // (Taro's components add their styles as they first render).
  var settling = false
  function settle(quietFrames, seenChanges) {
    var target = app.querySelector('.taro_page:not(.taro_page_shade) #' + anchorId)
    var hydrated = target && target.textContent
    if (hydrated && changes === seenChanges && quietFrames >= 3) return swap(target)
    var quiet = hydrated && changes === seenChanges ? quietFrames + 1 : 0
    var now = changes
    requestAnimationFrame(function () {
      settle(quiet, now)
    })
  }
  var appWatch = new MutationObserver(function () {
    changes++
    if (!settling && app.querySelector('#' + anchorId)) {
      settling = true
      settle(0, changes)
    }
  })
  // The app starts loading once the page itself has loaded and been painted: it never competes with the page.
  function start() {
    if (location.hash) return finish('kept-page')
    headWatch.observe(document.head, { childList: true })
    headWatch.observe(document.body, { childList: true })
    appWatch.observe(app, { childList: true, subtree: true, characterData: true })
    history.replaceState(null, '', me.getAttribute('data-app-path'))
    list('data-styles').forEach(function (href) {
      hold(add('link', { rel: 'stylesheet', href: href }))
    })
    list('data-preloads').forEach(function (href) {
      add('link', { rel: 'preload', href: href, as: /\.css$/.test(href) ? 'style' : 'script' })
    })
    list('data-scripts').forEach(function (src) {
      add('script', { src: src, async: false })
    })
  }
  function afterPaint() {
    requestAnimationFrame(function () {
      setTimeout(start, 0)
    })
  }
  if (document.readyState === 'complete') afterPaint()
  else window.addEventListener('load', afterPaint)
  finish('loading')
})()
