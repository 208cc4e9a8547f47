// The live view's chart, drawn by Chart.js (served from the application's webjar, never a CDN):
// CLOCK: each round's price (line) with its supply against the demand of T tranches (bars and a line);
// OPEN_REVERSE: every accepted price in the order received.
import { t } from './i18n.js';

let chart = null;

function number(text) {
  return text === null || text === undefined ? null : Number(text);
}

function clockData(view, setup) {
  const T = setup.clock.tranches;
  const rounds = view.rounds.map((r) => ({ round: r.round, price: r.price, supply: r.supply }));
  if (view.roundClosesAt && view.price) {
    rounds.push({ round: view.round, price: view.price, supply: null });
  }
  return {
    labels: rounds.map((r) => t('chart.roundLabel', { n: r.round })),
    datasets: [
      { type: 'line', label: t('chart.price'), data: rounds.map((r) => number(r.price)), yAxisID: 'price',
        borderColor: '#1f4e5f', backgroundColor: '#1f4e5f', tension: 0, order: 0 },
      { type: 'bar', label: t('chart.supply'), data: rounds.map((r) => r.supply), yAxisID: 'tranches',
        backgroundColor: 'rgba(42, 127, 98, .35)', borderColor: '#2a7f62', borderWidth: 1, order: 2 },
      { type: 'line', label: t('chart.demand', { n: T }), data: rounds.map(() => T), yAxisID: 'tranches',
        borderColor: '#b3261e', borderDash: [6, 4], pointRadius: 0, order: 1 },
    ],
  };
}

function reverseData(bids) {
  const accepted = bids.filter((b) => b.type === 'ReverseBidAccepted');
  return {
    labels: accepted.map((b, i) => String(i + 1)),
    datasets: [{ type: 'line', label: t('chart.bidPrice'), data: accepted.map((b) => number(b.price)), yAxisID: 'price',
      borderColor: '#1f4e5f', backgroundColor: '#1f4e5f', stepped: false, tension: 0 }],
  };
}

function options(clock) {
  const scales = {
    price: { type: 'linear', position: 'left', title: { display: true, text: t('chart.priceAxis') } },
  };
  if (clock) {
    scales.tranches = { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
      title: { display: true, text: t('chart.tranchesAxis') }, ticks: { precision: 0 } };
  }
  return { responsive: true, maintainAspectRatio: false, animation: false, scales,
    plugins: { legend: { position: 'bottom' } } };
}

/** Draws or updates the chart. */
export function drawChart(view, setup, bids) {
  const Chart = window.Chart;
  if (!Chart) {
    throw new Error('Chart.js was not loaded from /webjars');
  }
  const clock = view.format === 'CLOCK';
  const data = clock ? clockData(view, setup) : reverseData(bids);
  const canvas = document.getElementById('price-chart');
  canvas.dataset.points = String(data.labels.length);
  if (!chart) {
    chart = new Chart(canvas, { data, options: options(clock) });
  } else {
    chart.data = data;
    chart.options = options(clock);
    chart.update('none');
  }
}
