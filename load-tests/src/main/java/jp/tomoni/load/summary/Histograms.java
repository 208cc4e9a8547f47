package jp.tomoni.load.summary;

import java.util.Map;
import java.util.TreeMap;

/**
 * Quantiles of a Prometheus histogram between two scrapes, from the growth of its cumulative
 * {@code _bucket{le}} counters. The answer is the upper bound of the bucket the quantile falls in, so it is
 * at most that much (as precise as the buckets are).
 */
final class Histograms {

    private Histograms() {
    }

    /**
     * The upper bound of the bucket holding quantile {@code q} of what {@code base} counted between
     * {@code before} and {@code after}, or {@code null} when it has no buckets or counted nothing. When the
     * quantile lies above the last finite bucket, the answer is {@code +Inf}'s, i.e. {@code null}.
     */
    static Double quantile(PrometheusScrape before, PrometheusScrape after, String base, double q) {
        Map<Double, Double> end = buckets(after, base);
        if (end.isEmpty()) {
            return null;
        }
        Map<Double, Double> start = buckets(before, base);
        Double total = null;
        TreeMap<Double, Double> counted = new TreeMap<>();
        for (Map.Entry<Double, Double> e : end.entrySet()) {
            double grown = e.getValue() - start.getOrDefault(e.getKey(), 0.0);
            counted.put(e.getKey(), grown);
            if (e.getKey().isInfinite()) {
                total = grown;
            }
        }
        if (total == null || total <= 0) {
            return null;
        }
        double wanted = q * total;
        for (Map.Entry<Double, Double> e : counted.entrySet()) {
            if (e.getValue() >= wanted) {
                return e.getKey().isInfinite() ? null : e.getKey();
            }
        }
        return null;
    }

    /** Cumulative bucket counts by upper bound, summed over every other label. */
    private static Map<Double, Double> buckets(PrometheusScrape scrape, String base) {
        Map<Double, Double> buckets = new TreeMap<>();
        for (PrometheusScrape.Sample s : scrape.samples(base + "_bucket")) {
            String le = s.labels().get("le");
            if (le == null) {
                continue;
            }
            double bound = "+Inf".equals(le) ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
            buckets.merge(bound, s.value(), Double::sum);
        }
        return buckets;
    }
}
