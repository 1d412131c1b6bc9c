package vn.tonghop.regime;

/**
 * Who a regime asks, drawn again from the dated unit tree for each period: the issuer's direct subordinates, every unit
 * of a kind below it, or a list of units (a merged one is followed to the unit it merged into).
 */
public enum RecipientRule {
    CHILDREN, CHILDREN_OF_KIND, LIST
}
