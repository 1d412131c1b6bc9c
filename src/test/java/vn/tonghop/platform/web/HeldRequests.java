package vn.tonghop.platform.web;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test only: requests that stay in flight until the test lets them go, to fill the portal's bound. */
@Path("/api/test-only/held")
public class HeldRequests {

    static volatile CountDownLatch gate = new CountDownLatch(0);
    static final java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();

    @GET
    @Blocking
    @Operation(hidden = true)
    public String hold() throws InterruptedException {
        inside.incrementAndGet();
        try {
            gate.await(30, TimeUnit.SECONDS);
            return "done";
        } finally {
            inside.decrementAndGet();
        }
    }
}
