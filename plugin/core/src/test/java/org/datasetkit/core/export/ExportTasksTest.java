package org.datasetkit.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ExportTasksTest {

    @Test
    void onOneThreadEachRunsInTheCallerWhenAskedInTheOrderAsked() throws Exception {
        List<String> ran = new ArrayList<>();
        Thread caller = Thread.currentThread();
        try (ExportTasks tasks = new ExportTasks(1)) {
            ExportTasks.Result<String> first = tasks.start(() -> {
                ran.add("first on " + (Thread.currentThread() == caller ? "caller" : "other"));
                return "a";
            });
            ExportTasks.Result<String> second = tasks.start(() -> {
                ran.add("second");
                return "b";
            });
            assertThat(ran).isEmpty();
            assertThat(second.get()).isEqualTo("b");
            assertThat(first.get()).isEqualTo("a");
        }
        assertThat(ran).containsExactly("second", "first on caller");
    }

    @Test
    void onSeveralThreadsTheyRunAtTheSameTime() throws Exception {
        CountDownLatch both = new CountDownLatch(2);
        try (ExportTasks tasks = new ExportTasks(2)) {
            // each waits for the other: on one thread after another, neither would see the other start
            ExportTasks.Result<Boolean> a = tasks.start(() -> meet(both));
            ExportTasks.Result<Boolean> b = tasks.start(() -> meet(both));
            assertThat(a.get()).isTrue();
            assertThat(b.get()).isTrue();
        }
    }

    @Test
    void anErrorOfAnExportIsRethrownAsItWas() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        Throwable thrown;
        try (ExportTasks tasks = new ExportTasks(2)) {
            ExportTasks.Result<Object> failing = tasks.start(() -> {
                throw oom;
            });
            thrown = catchThrowable(failing::get);
        }
        assertThat(thrown).isSameAs(oom); // the stage's guard turns it into the message naming the setting to raise
    }

    private static boolean meet(CountDownLatch both) {
        both.countDown();
        try {
            return both.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
