(function () {
  'use strict';
  // Draws the report's three charts with Chart.js from the #tomoni-charts island, without animation so that
  // the page prints and screenshots complete. Marks each canvas with how many pixels it painted, and the
  // document with how many charts it drew, so that a headless browser can check the charts rendered.
  var data = JSON.parse(document.getElementById('tomoni-charts').textContent);
  var text = data.labels;
  var blue = '#0b5c8e';
  var orange = '#d9730d';
  var green = '#1a7f37';
  var grey = '#59636e';
  var charts = [];

  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.locale = data.locale;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#1b1f24';

  function axis(title, position, extra) {
    var scale = { type: 'linear', position: position, title: { display: true, text: title } };
    Object.keys(extra || {}).forEach(function (key) { scale[key] = extra[key]; });
    return scale;
  }

  function draw(id, config) {
    charts.push(new Chart(document.getElementById(id), config));
  }

  var path = data.pricePath;
  if (data.format === 'CLOCK') {
    draw('chart-price', {
      data: {
        labels: path.labels,
        datasets: [
          { type: 'line', label: text.price, data: path.price, yAxisID: 'price', borderColor: blue,
            backgroundColor: blue, pointRadius: 4, borderWidth: 2, order: 0 },
          { type: 'bar', label: text.supply, data: path.supply, yAxisID: 'tranches',
            backgroundColor: 'rgba(217, 115, 13, 0.55)', order: 2 },
          { type: 'line', label: text.demand, data: path.demand, yAxisID: 'tranches', borderColor: grey,
            borderDash: [6, 4], pointRadius: 0, stepped: 'middle', borderWidth: 2, order: 1 }
        ]
      },
      options: {
        scales: {
          x: { title: { display: true, text: text.round } },
          price: axis(text.price, 'left'),
          tranches: axis(text.tranches, 'right', { beginAtZero: true, grid: { drawOnChartArea: false },
            ticks: { precision: 0 } })
        }
      }
    });
  } else {
    draw('chart-price', {
      type: 'line',
      data: {
        labels: path.labels,
        datasets: [
          { label: text.bid, data: path.price, borderColor: orange, backgroundColor: orange, showLine: false,
            pointRadius: 4 },
          { label: text.lowest, data: path.lowest, borderColor: blue, backgroundColor: blue, stepped: true,
            pointRadius: 0, borderWidth: 2 }
        ]
      },
      options: {
        scales: {
          x: { title: { display: true, text: text.bidOrder } },
          y: axis(text.price, 'left')
        }
      }
    });
  }

  var wards = data.wards;
  draw('chart-ward-money', {
    type: 'bar',
    data: {
      labels: wards.labels,
      datasets: [
        { label: text.cost, data: wards.annualCostYen, backgroundColor: blue },
        { label: text.saving, data: wards.savingYen, backgroundColor: green }
      ]
    },
    options: {
      plugins: { title: { display: true, text: text.wardMoney } },
      scales: { y: axis(text.yen, 'left') }
    }
  });
  draw('chart-ward-co2', {
    type: 'bar',
    data: {
      labels: wards.labels,
      datasets: [
        { label: text.co2, data: wards.co2ReductionT, backgroundColor: green, yAxisID: 'co2' },
        { label: text.households, data: wards.households, backgroundColor: 'rgba(89, 99, 110, 0.6)',
          yAxisID: 'households' }
      ]
    },
    options: {
      plugins: { title: { display: true, text: text.wardCo2 } },
      scales: {
        co2: axis(text.co2, 'left'),
        households: axis(text.households, 'right', { grid: { drawOnChartArea: false }, ticks: { precision: 0 } })
      }
    }
  });

  function painted(chart) {
    var canvas = chart.canvas;
    var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    var count = 0;
    for (var i = 3; i < pixels.length; i += 4) {
      if (pixels[i] !== 0) {
        count++;
      }
    }
    return count;
  }

  charts.forEach(function (chart) {
    chart.canvas.setAttribute('data-painted-pixels', String(painted(chart)));
  });
  document.documentElement.setAttribute('data-charts-rendered', String(charts.length));
  window.addEventListener('beforeprint', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
}());
