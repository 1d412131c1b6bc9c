package vn.tonghop.platform.web;

import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Status;

/**
 * Drawing the page that explains a refusal. A service that refuses rolls its transaction back; when a page shares that
 * transaction, the database can no longer be read in it, so the explanation is drawn in a fresh one.
 */
public final class Refusals {

    private Refusals() {
    }

    public static <T> T render(Supplier<T> page) {
        if (QuarkusTransaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
            return QuarkusTransaction.requiringNew().call(page::get);
        }
        return page.get();
    }
}
