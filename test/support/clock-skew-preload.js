// Clock stand-in for the clock tests, loaded with `node --require`: shifts Date.now() by CLOCK_SKEW_MS,
// and steps it by CLOCK_STEP_MS more on each SIGUSR2 (as NTP or `date -s` would). The monotonic clock
// (performance.now) is left alone, as a real step leaves it.
const realNow = Date.now;
let offset = Number(process.env.CLOCK_SKEW_MS || 0);
Date.now = () => realNow() + offset;
process.on('SIGUSR2', () => {
  offset += Number(process.env.CLOCK_STEP_MS || 0);
});
