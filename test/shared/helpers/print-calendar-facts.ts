/** Run as a child process (`node --import tsx`) to see the calendar from another machine time zone. */
import { calendarFacts } from './calendar-facts.js';

// The machine's own offset on 17 March 2024, to prove that TZ took effect.
const machineOffsetMinutes = new Date('2024-03-17T12:00:00Z').getTimezoneOffset();
console.log(JSON.stringify({ machineOffsetMinutes, facts: calendarFacts() }));
