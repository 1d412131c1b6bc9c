package vn.tonghop.audit;

import java.util.List;

/** Values whose saves audit keeps as the changes alone: each where it is (a key), with its value before and after. */
public interface AuditedValues<T> {

    record Change(String key, Object before, Object after) {
    }

    /** The changes from these values to {@code after}, in their order. */
    List<Change> changesTo(T after);
}
