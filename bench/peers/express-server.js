'use strict';
const express = require('express');
const { firstPage, problem, listenPort } = require('./reception');

const app = express();
app.disable('x-powered-by');
app.use(express.json());

app.post('/apps/reception/first', (req, res) => {
  const wrong = problem(req.body);
  if (wrong) return res.status(400).json({ title: 'Invalid page request', detail: wrong });
  if (req.body.is_notification === true) return res.status(204).end();
  return res.json(firstPage(new Date()).answer);
});

app.listen(listenPort(), '127.0.0.1');
