'use strict';
// The reception first page as a Node.js team would write it by hand: the same rules and the same answers as CallFlow's
// sample app file src/CallFlow.Server/apps/reception.json (holidays closed, Mon-Fri 09:00-17:00 Europe/London ring the
// front desk, otherwise voicemail). bench/run.sh checks that every peer's answer equals CallFlow's before loading.

const HOLIDAYS = new Set(['2026-12-25', '2026-12-28', '2027-01-01']);
const WORKING_DAYS = new Set(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
const OPENS = 9 * 60;
const CLOSES = 17 * 60;

const london = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

const holiday = {
  actions: [
    { play: { play_list: [{ text_to_say: 'Our office is closed for the holiday. Please call again on the next working day. Goodbye.' }] } },
    { hang_up: {} },
  ],
  api_version: '2.0',
};

const officeHours = {
  actions: [
    {
      connect: {
        destinations: ['441908273800', '441908273802'],
        hold_media: { play_list: [{ file_to_play: 'hold-music.wav' }] },
        seconds_answer_timeout: 30,
        classify_callee: { enable: true, hang_up_on_answering_machine: true, hang_up_on_fax_machine: true },
        next_page: { url: 'after-connect' },
      },
    },
  ],
  api_version: '2.0',
};

const afterHours = {
  actions: [
    { play: { play_list: [{ text_to_say: 'Thank you for calling. Our office is open Monday to Friday, nine to five. Please leave a message after the tone, and press hash when you have finished.' }] } },
    { record: { next_page: { url: 'voicemail-saved' }, barge_in_digits: '#', seconds_max_duration: 120, milliseconds_max_silence: 5000, beep_on_start: true } },
  ],
  api_version: '2.0',
};

/** Which rule answers a first page arriving at `now`, and its answer. */
function firstPage(now) {
  const parts = {};
  for (const part of london.formatToParts(now)) parts[part.type] = part.value;
  if (HOLIDAYS.has(`${parts.year}-${parts.month}-${parts.day}`)) return { rule: 'holiday', answer: holiday };
  const minutes = Number(parts.hour) * 60 + Number(parts.minute);
  if (WORKING_DAYS.has(parts.weekday) && minutes >= OPENS && minutes < CLOSES) return { rule: 'office-hours', answer: officeHours };
  return { rule: 'after-hours', answer: afterHours };
}

/** Null when the body is a usable page request (the bare instance info the platform posts), else what is wrong (the peers answer 400 with it). */
function problem(body) {
  const call = body && body.this_call;
  if (!call || typeof call.call_id !== 'string' || call.call_id === '') return 'instance_info.this_call.call_id is required';
  return null;
}

/** Where a peer listens: 127.0.0.1 and the port in PORT. */
function listenPort() {
  const port = Number(process.env.PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error('PORT must name the port to listen on');
  return port;
}

module.exports = { firstPage, problem, listenPort };
