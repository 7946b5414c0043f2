import fs from 'node:fs'
import { pa11y } from './tests/helpers/pa11y.ts'
const base = 'http://localhost:3150'
const logins = JSON.parse(fs.readFileSync('/tmp/dash-data/demo-logins.json', 'utf8'))
const editor = logins.find((l: { email: string }) => l.email === 'redaktion.soziales@demo.lotse.example')
const r = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: editor.email, password: editor.password }) })
const { token } = (await r.json()) as { token: string }
const init = `document.cookie = ${JSON.stringify(`payload-token=${token}; path=/`)}`
const routes = process.argv.slice(2)
const report = await pa11y(routes.map((route) => ({ url: `${base}/admin/login`, init, actions: [`navigate to ${base}${route}`, `wait for element ${route === '/admin' ? '.lotse-dashboard' : '.lotse-department-scope'} to be visible`] })))
console.log(report.errors, report.failing.join('\n\n'))
