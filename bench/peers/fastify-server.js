'use strict';
const fastify = require('fastify')({ logger: false });
const { firstPage, problem, listenPort } = require('./reception');

fastify.post('/apps/reception/first', async (request, reply) => {
  const wrong = problem(request.body);
  if (wrong) return reply.code(400).send({ title: 'Invalid page request', detail: wrong });
  if (request.body.is_notification === true) return reply.code(204).send();
  return firstPage(new Date()).answer;
});

fastify.listen({ host: '127.0.0.1', port: listenPort() }).catch((error) => {
  console.error(error);
  process.exit(1);
});
