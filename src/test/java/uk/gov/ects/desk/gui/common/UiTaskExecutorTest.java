package uk.gov.ects.desk.gui.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class UiTaskExecutorTest {

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage(); // as the TestFX tests do, so they share one toolkit
    }

    @Test
    @DisplayName("Work asked for while the app closes (a refresh timer firing late) is dropped quietly, not an error")
    void workAfterShutdownIsDropped() {
        UiTaskExecutor executor = new UiTaskExecutor(1);
        executor.shutdown();
        AtomicBoolean ran = new AtomicBoolean();

        BackgroundTask<Boolean> task = assertDoesNotThrow(() -> BackgroundTask.wrap(() -> ran.getAndSet(true))
                .executeWith(executor));

        assertTrue(task.isCancelled(), "the task is marked cancelled so nobody waits for it");
        assertTrue(!ran.get());
    }
}
