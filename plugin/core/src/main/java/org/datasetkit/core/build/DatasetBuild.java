package org.datasetkit.core.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.datasetkit.core.bag.BagWriteResult;
import org.datasetkit.core.bag.VerificationResult;
import org.datasetkit.core.copies.CopiesResult;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.ValidationResult;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.license.LicenseCheckResult;
import org.datasetkit.core.privacy.PrivacyResult;

/**
 * The stage runner of one release build: validate → licences → privacy → fixity → copies → bundle → verify. Asking for a stage
 * runs every stage before it, or reuses its result from the {@link StageCache} when an earlier request of the same
 * build already ran it with the same inputs; so whatever a front end asks for, and in whatever order its goals run,
 * no bundle is written whose datasheet, licences or files a gate refuses. A gate is off only when the settings say
 * the user turned it off, and then the bundle and the report say so.
 *
 * <p>Each stage that runs hands its findings to the {@link BuildListener} once, writes its report under the work
 * folder, and, for a gate, throws {@link StageRefusedException} when its findings refuse the release (every later
 * request of the same build gets the same refusal, without the findings again).
 */
public final class DatasetBuild {

    private final BuildSettings settings;
    private final StageCache cache;
    private final BuildListener listener;

    public DatasetBuild(BuildSettings settings, StageCache cache, BuildListener listener) {
        this.settings = settings;
        this.cache = cache;
        this.listener = listener;
    }

    /** The datasheet check, whether or not it passes (a front end shows how complete a failing datasheet is too). */
    public ValidationResult validation() throws IOException {
        Object inputs = settings.inputsOf(Stage.VALIDATE);
        Optional<ValidationResult> known = cache.get("validate", inputs, ValidationResult.class);
        if (known.isPresent()) {
            return known.get();
        }
        ValidationResult result = new DatasheetStage(settings).run();
        listener.findings(Stage.VALIDATE, result.diagnostics(), Optional.of(work("report.json")));
        return cache.put("validate", inputs, result);
    }

    /** The validated datasheet; refused when the datasheet check fails. */
    public Datasheet datasheet() throws IOException, StageRefusedException {
        ValidationResult result = validation();
        if (result.datasheet().isEmpty() || refuses(result.diagnostics())) {
            throw new StageRefusedException(Stage.VALIDATE, result.diagnostics());
        }
        return result.datasheet().get();
    }

    /** The licence check of a valid datasheet; refused when it fails, unless the user turned it off. */
    public LicenseCheckResult licences() throws IOException, DatasetException {
        Datasheet sheet = datasheet();
        Object inputs = settings.inputsOf(Stage.LICENSES);
        Optional<LicenseCheckResult> known = cache.get("licences", inputs, LicenseCheckResult.class);
        LicenseCheckResult result;
        if (known.isPresent()) {
            result = known.get();
        } else {
            result = cache.put("licences", inputs, new LicenceStage(settings).run(sheet));
            listener.findings(Stage.LICENSES, result.diagnostics(), Optional.of(work("licenses.json")));
            listener.info("Licence " + result.declared() + " (SPDX License List " + result.spdxListVersion() + "): "
                    + result.overall() + " with " + result.sources().size() + " upstream source(s); "
                    + result.diagnostics().summary());
            announceIfOff(Stage.LICENSES, "its findings do not stop the release");
        }
        if (settings.gates().isOn(Stage.LICENSES) && refuses(result.diagnostics())) {
            throw new StageRefusedException(Stage.LICENSES, result.diagnostics());
        }
        return result;
    }

    /** The privacy gate over the payload, after the licences; empty when the user turned it off. */
    public Optional<PrivacyResult> privacy() throws IOException, DatasetException {
        Datasheet sheet = datasheet();
        licences();
        if (!settings.gates().isOn(Stage.PRIVACY)) {
            if (announceIfOff(Stage.PRIVACY, "no file was checked for personal data")) {
                GateOffReport.write(new PrivacyStage(settings).report(), Stage.PRIVACY);
            }
            return Optional.empty();
        }
        Object inputs = settings.inputsOf(Stage.PRIVACY);
        Optional<PrivacyResult> known = cache.get("privacy", inputs, PrivacyResult.class);
        PrivacyResult result;
        if (known.isPresent()) {
            result = known.get();
        } else {
            PrivacyStage stage = new PrivacyStage(settings);
            result = cache.put("privacy", inputs, stage.run(sheet, scan()));
            listener.findings(Stage.PRIVACY, result.diagnostics(), Optional.of(stage.report()));
            listener.info(String.format(Locale.ROOT, "Privacy gate (%s): %s in %s; %s", result.rulesEdition(),
                    result.scannedInWords(), InWords.seconds(result.elapsed()), result.diagnostics().summary()));
        }
        if (refuses(result.diagnostics())) {
            throw new StageRefusedException(Stage.PRIVACY, result.diagnostics());
        }
        return Optional.of(result);
    }

    /** The checksums of the payload the gates passed. */
    public FixityResult fixity() throws IOException, DatasetException {
        boolean gated = privacy().isPresent();
        Object inputs = settings.inputsOf(Stage.FIXITY);
        Optional<FixityResult> known = cache.get("fixity", inputs, FixityResult.class);
        if (known.isPresent()) {
            return known.get();
        }
        // the privacy gate checked exactly this list of files: hash the same list, not a second walk
        FixityResult result = new FixityStage(settings, listener).run(gated ? Optional.of(scan()) : Optional.empty());
        if (!gated) {
            listener.findings(Stage.FIXITY, result.dataset().warnings(), Optional.empty());
        }
        listener.findings(Stage.FIXITY, result.warnings(), Optional.empty());
        listener.info(FixityStage.summary(result));
        return cache.put("fixity", inputs, result);
    }

    /** The copy check over the checksummed payload; empty when the user turned it off. */
    public Optional<CopiesResult> copies() throws IOException, DatasetException {
        FixityResult fixity = fixity();
        if (!settings.gates().isOn(Stage.COPIES)) {
            announceIfOff(Stage.COPIES, "the bundle carries no fingerprints and no file was compared with others");
            return Optional.empty();
        }
        Datasheet sheet = datasheet();
        Object inputs = settings.inputsOf(Stage.COPIES);
        Optional<CopiesResult> known = cache.get("copies", inputs, CopiesResult.class);
        CopiesResult result;
        if (known.isPresent()) {
            result = known.get();
        } else {
            CopiesStage stage = new CopiesStage(settings);
            result = cache.put("copies", inputs, stage.run(sheet, fixity));
            listener.findings(Stage.COPIES, result.diagnostics(), Optional.of(stage.report()));
            result.overlaps().forEach(o -> listener.info(CopiesStage.summary(o)));
            listener.info(CopiesStage.summary(result));
        }
        if (refuses(result.diagnostics())) {
            throw new StageRefusedException(Stage.COPIES, result.diagnostics());
        }
        return Optional.of(result);
    }

    /** The bundle, written (or kept as it is when it already is what this build would write). */
    public BagWriteResult bundle() throws IOException, DatasetException {
        Optional<CopiesResult> copies = copies();
        FixityResult fixity = fixity();
        Datasheet sheet = datasheet();
        LicenseCheckResult licences = licences();
        Object inputs = settings.inputsOf(Stage.BUNDLE);
        Optional<BagWriteResult> known = cache.get("bundle", inputs, BagWriteResult.class);
        if (known.isPresent()) {
            return known.get();
        }
        BagWriteResult written = new BundleStage(settings).run(sheet, licences, fixity, copies);
        listener.info(BundleStage.summary(written));
        return cache.put("bundle", inputs, written);
    }

    /** Where this build's bundle goes (whether or not it was written yet): needs a valid datasheet for its name. */
    public Path bundleTarget() throws IOException, StageRefusedException {
        return new BundleStage(settings).target(datasheet());
    }

    /** This build's bundle, written if need be, then re-opened and proven complete and valid. */
    public VerificationResult verify() throws IOException, DatasetException {
        return verify(bundle().archive());
    }

    /** Any bag — folder, zip, tar or tar.gz — proven complete and valid; a bag of another build needs no gate. */
    public VerificationResult verify(Path bag) throws IOException, DatasetException {
        Path abs = bag.toAbsolutePath().normalize();
        Object inputs = java.util.List.of(abs, settings.inputsOf(Stage.VERIFY));
        Optional<VerificationResult> known = cache.get("verify", inputs, VerificationResult.class);
        VerificationResult result;
        if (known.isPresent()) {
            result = known.get();
        } else {
            result = cache.put("verify", inputs, new VerifyStage().run(abs));
            listener.findings(Stage.VERIFY, result.diagnostics(), Optional.empty());
        }
        if (!result.isValid()) {
            throw new StageRefusedException(Stage.VERIFY, result.diagnostics(), abs.getFileName().toString());
        }
        listener.info(VerifyStage.summary(result));
        return result;
    }

    /** The payload as the gates and the checksums see it: one walk per build. */
    private Dataset scan() throws IOException, DatasetException {
        Object inputs = settings.location();
        Optional<Dataset> known = cache.get("scan", inputs, Dataset.class);
        if (known.isPresent()) {
            return known.get();
        }
        Dataset dataset = new DatasetScanner().scan(FixityStage.scanRequest(settings));
        listener.findings(Stage.PRIVACY, dataset.warnings(), Optional.empty());
        return cache.put("scan", inputs, dataset);
    }

    private boolean refuses(Diagnostics diagnostics) {
        return diagnostics.failUnder(settings.gates().failOn());
    }

    /** Says once per build that the user turned a gate off, and what that means; true the first time. */
    private boolean announceIfOff(Stage gate, String consequence) {
        if (settings.gates().isOn(gate) || cache.get("announced-off-" + gate, settings.gates(), Boolean.class).isPresent()) {
            return false;
        }
        cache.put("announced-off-" + gate, settings.gates(), Boolean.TRUE);
        listener.warn(capitalised(gate.words()) + " is turned off by the user: " + consequence
                + "; the bundle's bag-info.txt and the stage's report record it");
        return true;
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private Path work(String name) {
        return settings.location().workDirectory().resolve(name);
    }
}
