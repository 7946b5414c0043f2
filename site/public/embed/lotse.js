/*!
 * Lotse service card for partner pages.
 *
 *   <script src="https://SITE/embed/lotse.js" data-service="SLUG" async></script>
 *
 * Renders an accessible card (name, teaser, responsible contacts, link to the
 * full page and to the Leichte-Sprache version) right after the script
 * element, inside a Shadow DOM, from the release's open data
 * (/api/v1/services/SLUG.json). Options on the script element:
 *   data-service="SLUG"         the service (or data-service-id="ID", the stable id)
 *   data-heading-level="2"      level of the card's heading, 2 to 6 (default 2)
 * No cookies, no storage, no requests anywhere but to the release it came from.
 * Documentation: /partner/ on the same site.
 */
;(function () {
  'use strict'

  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
  var ID = /^[A-Za-z0-9-]+$/
  var TEXT = {
    loading: 'Informationen werden geladen …',
    contacts: 'Ansprechperson',
    contactsMany: 'Ansprechpersonen',
    phone: 'Telefon',
    email: 'E-Mail',
    more: 'Alle Informationen zu „{name}“',
    easy: '„{title}“ in Leichter Sprache',
    source: 'Quelle: {department}',
    error: 'Die Informationen zu dieser Leistung konnten nicht geladen werden.',
    errorLink: 'Zum Beratungsangebot',
  }

  var CSS =
    ':host{display:block;margin:1em 0}' +
    '.card{box-sizing:border-box;max-width:40em;padding:1em 1.25em;border:1px solid #6b6b6b;border-radius:4px;' +
    'background:#fff;color:#1a1a1a;font:inherit;line-height:1.5;overflow-wrap:break-word}' +
    '.card>*{margin:0 0 .75em}.card>:last-child{margin-bottom:0}' +
    '.title{font-size:1.25em;line-height:1.3}' +
    '.label{font-weight:700;margin-bottom:.25em}' +
    'ul{list-style:none;padding:0}li{margin:0 0 .5em}' +
    'a{color:#0b4f8a;text-decoration:underline;text-underline-offset:.15em}' +
    'a:hover{color:#062f52;text-decoration-thickness:2px}' +
    'a:focus-visible{outline:3px solid #0b4f8a;outline-offset:2px;background:#fff3b0;color:#1a1a1a}' +
    '.links a{display:inline-block;padding:.25em 0}' +
    '.source{font-size:.875em;color:#4a4a4a}' +
    '@media (forced-colors:active){.card{border-color:CanvasText}a:focus-visible{outline-color:Highlight}}'

  function format(template, params) {
    return template.replace(/\{(\w+)\}/g, function (match, key) {
      return key in params ? params[key] : match
    })
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag)
    for (var key in attrs) if (attrs[key] != null) node.setAttribute(key, attrs[key])
    ;(children || []).forEach(function (child) {
      if (child == null) return
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child)
    })
    return node
  }

  /** Only http(s), tel: and mailto: addresses are put into links. */
  function safeHref(href, schemes) {
    try {
      var url = new URL(href)
      return schemes.indexOf(url.protocol) >= 0 ? url.href : null
    } catch (e) {
      return null
    }
  }

  function link(href, text, schemes) {
    var safe = safeHref(href, schemes || ['https:', 'http:'])
    return safe ? el('a', { href: safe }, [text]) : null
  }

  function headingLevel(script) {
    var level = Number(script.getAttribute('data-heading-level'))
    return level >= 2 && level <= 6 && Math.floor(level) === level ? level : 2
  }

  function renderCard(doc, level) {
    var service = doc.service
    var contacts = (doc.contacts || []).map(function (contact) {
      var mail = 'mailto:' + contact.email
      return el('li', {}, [
        el('strong', {}, [contact.function]),
        contact.name ? el('br') : null,
        contact.name || null,
        el('br'),
        TEXT.phone + ': ',
        link(contact.tel, contact.phone, ['tel:']),
        el('br'),
        TEXT.email + ': ',
        link(mail, contact.email, ['mailto:']),
      ])
    })
    var easy = doc.easyLanguage
    return [
      el('h' + level, { class: 'title' }, [service.name]),
      el('p', {}, [service.teaser]),
      contacts.length ? el('p', { class: 'label' }, [contacts.length > 1 ? TEXT.contactsMany : TEXT.contacts]) : null,
      contacts.length ? el('ul', {}, contacts) : null,
      el('ul', { class: 'links' }, [
        el('li', {}, [link(doc.url, format(TEXT.more, { name: service.name }))]),
        easy ? el('li', {}, [link(easy.url, format(TEXT.easy, { title: easy.title }))]) : null,
      ]),
      doc.department ? el('p', { class: 'source' }, [format(TEXT.source, { department: doc.department.name })]) : null,
    ]
  }

  function renderError(base) {
    return [el('p', {}, [TEXT.error]), el('p', {}, [link(base, TEXT.errorLink)])]
  }

  /** data-state on the host (loading, ready, error): for partners' styles and tests. */
  function show(card, nodes, state) {
    card.getRootNode().host.setAttribute('data-state', state)
    card.textContent = ''
    card.removeAttribute('aria-busy')
    nodes.forEach(function (node) {
      if (node) card.appendChild(node)
    })
  }

  function mount(script) {
    if (script.hasAttribute('data-lotse-card')) return
    script.setAttribute('data-lotse-card', '')
    var base = new URL('../', script.src).href
    var slug = script.getAttribute('data-service')
    var id = script.getAttribute('data-service-id')
    var file = slug && SLUG.test(slug) ? slug : id && ID.test(id) ? 'id/' + id : null

    var host = el('div', { class: 'lotse-card', 'data-state': 'loading' })
    if (script.parentNode === document.head) document.body.appendChild(host)
    else script.parentNode.insertBefore(host, script.nextSibling)
    var root = host.attachShadow({ mode: 'open' })
    if (
      'adoptedStyleSheets' in root &&
      typeof CSSStyleSheet === 'function' &&
      'replaceSync' in CSSStyleSheet.prototype
    ) {
      var sheet = new CSSStyleSheet()
      sheet.replaceSync(CSS)
      root.adoptedStyleSheets = [sheet]
    } else {
      root.appendChild(el('style', {}, [CSS]))
    }
    var card = el('article', { class: 'card', lang: 'de', 'aria-busy': 'true' }, [el('p', {}, [TEXT.loading])])
    root.appendChild(card)

    if (!file) {
      show(card, renderError(base), 'error')
      return
    }
    fetch(base + 'api/v1/services/' + file + '.json', {
      credentials: 'omit',
      mode: 'cors',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json' },
    })
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status)
        return response.json()
      })
      .then(function (doc) {
        if (!doc || !doc.service || typeof doc.service.name !== 'string') throw new Error('unexpected document')
        var nodes = renderCard(doc, headingLevel(script))
        nodes[0].id = 'lotse-title'
        card.setAttribute('aria-labelledby', 'lotse-title')
        show(card, nodes, 'ready')
      })
      .catch(function (error) {
        show(card, renderError(base), 'error')
        if (window.console) console.warn('Lotse card (' + (slug || id) + '): ' + error.message)
      })
  }

  var current = document.currentScript
  if (current && current.src) mount(current)
  // Several cards on one page, or a loader that leaves currentScript empty: every script of this file with a service.
  var scripts = document.querySelectorAll('script[data-service],script[data-service-id]')
  for (var i = 0; i < scripts.length; i++) {
    if (/\/embed\/lotse\.js(?:[?#]|$)/.test(scripts[i].src)) mount(scripts[i])
  }
})()
