package jp.tomoni.core.draw;

import java.util.List;

/**
 * One draw that decided a result, published so that any bidder can recompute it.
 *
 * @param context the draw's name, {@code exit-r} or {@code floor-r}
 * @param order   the tied items in drawn order, smallest key first
 */
public record DrawRecord(String context, List<Entry> order) {

    public DrawRecord {
        order = List.copyOf(order);
    }

    /**
     * One drawn item.
     *
     * @param key  the item's key: a bidder id, or {@code BIDDERID#k} for a tranche
     * @param hash the lower-case hex SHA-256 of {@code SEED:CONTEXT:KEY}
     */
    public record Entry(String key, String hash) {
    }
}
