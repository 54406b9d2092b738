package org.dateline.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Live unless the node is stuck in a way that waiting does not mend: threads deadlocked on each
 * other, or a heap that is still at least 98 % full right after a collection (a node spending its
 * time collecting instead of answering).
 */
@Liveness
@ApplicationScoped
public class NodeLiveness implements HealthCheck {

    static final double FULL_AFTER_COLLECTION = 0.98;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("node");
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        boolean up = deadlocked == null;
        response.withData("deadlocked threads", deadlocked == null ? 0 : deadlocked.length);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getCollectionUsage();
            if (pool.getType() != MemoryType.HEAP || afterCollection == null || afterCollection.getMax() <= 0) {
                continue;
            }
            double full = (double) afterCollection.getUsed() / afterCollection.getMax();
            response.withData(pool.getName() + " after collection", String.format("%.0f %%", full * 100));
            up &= full < FULL_AFTER_COLLECTION;
        }
        return response.status(up).build();
    }
}
