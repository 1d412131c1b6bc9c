package vn.tonghop.campaign;

import vn.tonghop.unit.UnitKind;

/**
 * How recipients are chosen besides a hand-picked list: all direct subordinates of the issuer's reach, or all units of
 * a kind in it.
 */
public record RecipientSelection(Mode mode, UnitKind kind) {

    public enum Mode {
        LIST, DIRECT, KIND
    }
}
