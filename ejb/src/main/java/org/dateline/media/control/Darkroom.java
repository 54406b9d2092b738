package org.dateline.media.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dateline.media.entity.ImagesBusy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Where checked uploads are decoded and their renditions made: a few at a time on each node. It is
 * the one step whose cost an uploader chooses; within {@link Uploads}' limits one image may still
 * take a couple of hundred megabytes of heap and seconds of a core, so a burst of uploads must wait
 * their turn instead of decoding side by side until the heap is gone. A caller who would wait longer
 * than {@code dateline.images.wait-seconds} is refused with {@link ImagesBusy} (nothing stored, send
 * it again) rather than piling up behind the others.
 * <p>
 * A {@link Semaphore} rather than a ManagedExecutor with a bounded pool: the work stays on the
 * caller's thread, so its transaction, security context and class loader need no propagation and
 * nothing is handed back through a Future; the bounded wait and the refusal are one
 * {@link Semaphore#tryAcquire(long, TimeUnit)}; and the bound needs no server configuration (a
 * concurrency policy's {@code maxQueueSize} and {@code maxWaitForEnqueue} would give the same with a
 * thread hop). Fair, so that no upload is overtaken again and again. The permit covers decoding and
 * rendering only, never the database write that follows.
 * <p>
 * {@code dateline.images.at-once} (default 2): each of them may hold up to about 350 MB of heap in the
 * worst case the checks let through, and usually far less (a 24-megapixel photograph about 100 MB);
 * a node with a small heap sets 1.
 */
@ApplicationScoped
public class Darkroom {

    /** An upload decoded and rendered, ready to be stored: its size as decoded and its renditions. */
    public record Developed(String type, int width, int height, String alt, String credit, List<Renditions.Rendered> renditions) {
    }

    @Inject
    @ConfigProperty(name = "dateline.images.at-once", defaultValue = "2")
    int atOnce;

    @Inject
    @ConfigProperty(name = "dateline.images.wait-seconds", defaultValue = "10")
    int waitSeconds;

    Semaphore permits;

    @PostConstruct
    void open() {
        permits = new Semaphore(Math.max(1, atOnce), true);
    }

    /**
     * @throws ImagesBusy when no turn came within the wait
     * @throws org.dateline.media.entity.InvalidImage when the file turns out to be damaged past its header
     */
    public Developed develop(Uploads.Checked checked) {
        boolean turn;
        try {
            turn = permits.tryAcquire(waitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImagesBusy(waitSeconds);
        }
        if (!turn) {
            throw new ImagesBusy(waitSeconds);
        }
        try {
            BufferedImage image = Uploads.decode(checked);
            List<Renditions.Rendered> renditions = Renditions.of(image);
            return new Developed(checked.type(), image.getWidth(), image.getHeight(), checked.alt(), checked.credit(), renditions);
        } finally {
            permits.release();
        }
    }
}
