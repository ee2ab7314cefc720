package org.datasetkit.core.build;

import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostics;

/**
 * A gate refused the release. Its findings were already handed to the build's listener when the stage ran, so a
 * front end reports only the refusal itself, naming the stage.
 */
public final class StageRefusedException extends DatasetException {

    private static final long serialVersionUID = 1L;

    private final Stage stage;
    private final String subject;

    public StageRefusedException(Stage stage, Diagnostics diagnostics) {
        this(stage, diagnostics, "");
    }

    /** @param subject what was refused, when the stage's words do not say it (the bag's file name) */
    public StageRefusedException(Stage stage, Diagnostics diagnostics, String subject) {
        super(diagnostics);
        this.stage = stage;
        this.subject = subject;
    }

    public Stage stage() {
        return stage;
    }

    /** "The files contradict the datasheet's personalData declaration: 1 error, 0 warnings". */
    @Override
    public String getMessage() {
        String what = subject.isEmpty() ? stage.refusal() : stage.refusal().replace("The bag", "The bag " + subject);
        return what + ": " + diagnostics().summary();
    }
}
