package org.datasetkit.core.build;

import org.datasetkit.core.diag.InWords;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.datasetkit.core.bag.BagReuse;
import org.datasetkit.core.bag.BagWriteResult;
import org.datasetkit.core.bag.FetchEntry;
import org.datasetkit.core.bag.HoleyBagResult;
import org.datasetkit.core.bag.VerificationTier;
import org.datasetkit.core.bag.VerificationResult;
import org.datasetkit.core.copies.CopiesResult;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.ValidationResult;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.deposit.DepositResult;
import org.datasetkit.core.deposit.Depositor;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diff.ReleaseDiff;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.license.LicenseCheckResult;
import org.datasetkit.core.privacy.PrivacyResult;
import org.datasetkit.core.report.ReportResult;

/**
 * The stage runner of one release build: validate → licences → privacy → fixity → copies → diff → report → bundle
 * → verify → deposit. Asking for a stage runs every stage before it, or reuses its result from the
 * {@link StageCache} when an earlier request of the same build already ran it with the same inputs; so whatever a
 * front end asks for, and in whatever order its goals run, no bundle is written whose datasheet, licences or files a gate refuses. A gate is off only when the settings say
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
    public ValidationResult validation() throws IOException, DatasetException {
        Object inputs = settings.inputsOf(Stage.VALIDATE);
        Optional<ValidationResult> known = cache.get("validate", inputs, ValidationResult.class);
        if (known.isPresent()) {
            return known.get();
        }
        refuseOutputAmongPayload(settings.location().workDirectory(), true);
        return HeapLimit.guard(Stage.VALIDATE, settings.words(), () -> {
            ValidationResult result = new DatasheetStage(settings).run();
            listener.findings(Stage.VALIDATE, result.diagnostics(), Optional.of(work("report.json")));
            return cache.put("validate", inputs, result);
        });
    }

    /** The validated datasheet; refused when the datasheet check fails. */
    public Datasheet datasheet() throws IOException, DatasetException {
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
            result = cache.put("licences", inputs,
                    HeapLimit.guard(Stage.LICENSES, settings.words(), () -> new LicenceStage(settings).run(sheet)));
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
            Dataset scanned = scan();
            result = cache.put("privacy", inputs,
                    HeapLimit.guard(Stage.PRIVACY, settings.words(), () -> stage.run(sheet, scanned)));
            result.cache().warning().ifPresent(w -> listener.findings(Stage.PRIVACY, Diagnostics.of(w), Optional.empty()));
            listener.findings(Stage.PRIVACY, result.grouped(), Optional.of(stage.report()));
            listener.info(String.format(Locale.ROOT, "Privacy gate (%s): %s in %s%s; %s", result.rulesEdition(),
                    result.scannedInWords(), InWords.seconds(result.elapsed()), result.cacheInWords(),
                    result.diagnostics().summary()));
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
        Optional<Dataset> scanned = gated ? Optional.of(scan()) : Optional.empty();
        return HeapLimit.guard(Stage.FIXITY, settings.words(), () -> {
            FixityResult result = new FixityStage(settings, listener).run(scanned);
            if (!gated) {
                listener.findings(Stage.FIXITY, result.dataset().warnings(), Optional.empty());
            }
            listener.findings(Stage.FIXITY, result.warnings(), Optional.empty());
            listener.info(FixityStage.summary(result));
            return cache.put("fixity", inputs, result);
        });
    }

    /** The copy check over the checksummed payload; empty when the user turned it off. */
    public Optional<CopiesResult> copies() throws IOException, DatasetException {
        FixityResult fixity = fixity();
        if (!settings.gates().isOn(Stage.COPIES)) {
            if (announceIfOff(Stage.COPIES, "the bundle carries no fingerprints and no file was compared with others")) {
                GateOffReport.write(new CopiesStage(settings).report(), Stage.COPIES);
            }
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
            result = cache.put("copies", inputs,
                    HeapLimit.guard(Stage.COPIES, settings.words(), () -> stage.run(sheet, fixity)));
            listener.findings(Stage.COPIES, result.diagnostics(), Optional.of(stage.report()));
            result.overlaps().forEach(o -> listener.info(CopiesStage.summary(o)));
            listener.info(CopiesStage.summary(result));
        }
        if (refuses(result.diagnostics())) {
            throw new StageRefusedException(Stage.COPIES, result.diagnostics());
        }
        return Optional.of(result);
    }

    /**
     * This release against the previous one, after the checksums; empty when there is no previous release to compare
     * with. Refused when the version does not increase as much as the changes need.
     */
    public Optional<ReleaseDiff> diff() throws IOException, DatasetException {
        copies();
        FixityResult fixity = fixity();
        Datasheet sheet = datasheet();
        if (settings.diff().previous().isEmpty()) {
            return Optional.empty();
        }
        Object inputs = settings.inputsOf(Stage.DIFF);
        Optional<DiffStage.Outcome> known = cache.get("diff", inputs, DiffStage.Outcome.class);
        DiffStage.Outcome outcome;
        if (known.isPresent()) {
            outcome = known.get();
        } else {
            outcome = cache.put("diff", inputs, HeapLimit.guard(Stage.DIFF, settings.words(),
                    () -> new DiffStage(settings).run(sheet, fixity, settings.diff().previous().get())));
            listener.findings(Stage.DIFF, outcome.diagnostics(), Optional.of(work(DiffStage.CHANGES_JSON)));
            listener.info(DiffStage.summary(outcome.diff(), settings.diff().previousName()));
        }
        if (refuses(outcome.diagnostics())) {
            throw new StageRefusedException(Stage.DIFF, outcome.diagnostics());
        }
        return Optional.of(outcome.diff());
    }

    /**
     * The HTML report ({@code report.html} in the work folder), made after the copy check from the results of every
     * stage up to it, so that the bundle can carry it ({@code data/DATASHEET.html}); the bundle's verification comes
     * later and is not in it. Refused when the label table the datasheet names cannot be counted.
     */
    public ReportResult report() throws IOException, DatasetException {
        FixityResult fixity = fixity();
        Optional<PrivacyResult> privacy = privacy();
        Optional<CopiesResult> copies = copies();
        Optional<ReleaseDiff> diff = diff();
        // it reads nothing beyond what the stages up to the version check read: the same inputs give the same page
        Object inputs = settings.inputsOf(Stage.DIFF);
        Optional<ReportResult> known = cache.get("report", inputs, ReportResult.class);
        if (known.isPresent()) {
            return known.get();
        }
        ValidationResult validation = validation();
        Datasheet sheet = datasheet();
        LicenseCheckResult licences = licences();
        ReportResult result = HeapLimit.guard("the report", settings.words(),
                () -> new ReportStage(settings).run(validation, sheet, licences, privacy, fixity, copies, diff));
        listener.info(ReportStage.summary(result));
        return cache.put("report", inputs, result);
    }

    /** The bundle, written (or kept as it is when it already is what this build would write). */
    public BagWriteResult bundle() throws IOException, DatasetException {
        Optional<CopiesResult> copies = copies();
        FixityResult fixity = fixity();
        Optional<ReleaseDiff> diff = diff();
        Datasheet sheet = datasheet();
        LicenseCheckResult licences = licences();
        ReportResult report = report();
        Object inputs = settings.inputsOf(Stage.BUNDLE);
        Optional<BagWriteResult> known = cache.get("bundle", inputs, BagWriteResult.class);
        if (known.isPresent()) {
            return known.get();
        }
        BundleStage stage = new BundleStage(settings);
        refuseOutputAmongPayload(target(stage, sheet), true);
        Diagnostics names = stage.names(sheet, fixity);
        listener.findings(Stage.BUNDLE, names, Optional.empty());
        if (names.hasErrors()) {
            throw new DatasetException(names); // before anything is written
        }
        List<FetchEntry> carried = stage.carried(sheet, fixity, diff);
        if (settings.bundle().incremental().fetch()) {
            listener.info(diff.isEmpty() ? "Incremental: no previous release, so the bag holds every file"
                    : BundleStage.carriedSummary(carried, settings.diff().previousName()));
        }
        BagWriteResult written = HeapLimit.guard(Stage.BUNDLE, settings.words(),
                () -> stage.run(sheet, licences, fixity, copies, diff, report, carried));
        listener.info(BundleStage.summary(written));
        return cache.put("bundle", inputs, written);
    }

    /** The copy of the bundle's Hugging Face dataset card beside it, once the bundle is written. */
    public Path huggingFaceCard() {
        return BundleStage.huggingFaceCard(settings.location());
    }

    /** The copy of the bundle's SPDX 3.0.1 document beside it, once the bundle is written (unless turned off). */
    public Path spdxDocument() {
        return BundleStage.spdxDocument(settings.location());
    }

    /** The copy of the bundle's CycloneDX 1.6 BOM beside it, once the bundle is written (unless turned off). */
    public Path cycloneDxBom() {
        return BundleStage.cycloneDxBom(settings.location());
    }

    /** Where this build's bundle goes (whether or not it was written yet): needs a valid datasheet for its name. */
    public Path bundleTarget() throws IOException, DatasetException {
        return target(new BundleStage(settings), datasheet());
    }

    /** The bundle's path; a name this JVM's locale cannot encode (a non-ASCII artifactId under LANG=C) is refused. */
    private static Path target(BundleStage stage, Datasheet sheet) throws DatasetException {
        try {
            return stage.target(sheet);
        } catch (java.nio.file.InvalidPathException e) {
            throw new DatasetException(Diagnostic.error("bundle.bad-name", "", "the bundle cannot be named '"
                    + stage.bagName(sheet) + "' here: " + e.getReason() + " (Java encodes file names as "
                    + System.getProperty("sun.jnu.encoding") + ")", "run the build under a UTF-8 locale, e.g."
                    + " 'LC_ALL=C.UTF-8 mvn ...', or give the bundle an ASCII name"));
        }
    }

    /**
     * This build's bundle, written if need be, then re-opened and proven complete, as deeply as the situation needs
     * unless the settings say: a bundle written by this build from the files it has just hashed, or kept from an
     * earlier build and untouched since, is checked {@linkplain VerificationTier#FAST fast} (its payload is not read
     * twice); a bundle changed since is checked {@linkplain VerificationTier#FULL in full}. The log line says which
     * and why.
     */
    public VerificationResult verify() throws IOException, DatasetException {
        BagWriteResult bundle = bundle();
        Path archive = bundle.archive().toAbsolutePath().normalize();
        Optional<Path> stamp = settings.bundle().extension().isEmpty() ? Optional.empty()
                : new BundleStage(settings).stamp(archive);
        Optional<Boolean> untouched = stamp.isEmpty() ? Optional.empty()
                : Optional.of(new BagReuse(stamp.get()).untouched(archive));
        boolean fetches = settings.bundle().incremental().fetch() && settings.diff().previous().isPresent();
        return verify(archive, VerifyStage.forOwnBundle(settings.verifyTier(), settings.words(), bundle, untouched,
                fetches));
    }

    /**
     * Any bag — folder, zip, tar or tar.gz — proven complete and valid, every checksum read unless the settings ask
     * for the fast tier; a bag of another build needs no gate.
     */
    public VerificationResult verify(Path bag) throws IOException, DatasetException {
        return verify(bag.toAbsolutePath().normalize(), VerifyStage.forOtherBag(settings.verifyTier(), settings.words()));
    }

    /**
     * This build's bundle as an earlier build wrote and verified it, untouched since by the stamps of the build record
     * (the front end's up-to-date check): proven complete again, fast unless the settings say, with no other stage.
     */
    public VerificationResult verifyUnchanged(Path bag) throws IOException, DatasetException {
        return verify(bag.toAbsolutePath().normalize(), VerifyStage.forUnchangedBundle(settings.verifyTier(),
                settings.words()));
    }

    private VerificationResult verify(Path abs, VerifyStage.Choice choice) throws IOException, DatasetException {
        Object inputs = java.util.List.of(abs, settings.inputsOf(Stage.VERIFY), choice.tier());
        Optional<HoleyBagResult> known = cache.get("verify", inputs, HoleyBagResult.class);
        HoleyBagResult checked;
        if (known.isPresent()) {
            checked = known.get();
        } else {
            // the files an incremental bag carries by fetch.txt are read from the release it was compared with
            checked = cache.put("verify", inputs, HeapLimit.guard(Stage.VERIFY, settings.words(),
                    () -> new VerifyStage(settings.threads()).run(abs, settings.diff().previous(), choice.tier())));
            listener.findings(Stage.VERIFY, checked.verification().diagnostics(), Optional.empty());
        }
        VerificationResult result = checked.verification();
        if (!result.isValid()) {
            throw new StageRefusedException(Stage.VERIFY, result.diagnostics(), abs.getFileName().toString());
        }
        listener.info(VerifyStage.summary(checked, choice, settings.words()));
        return result;
    }

    /**
     * This build's verified bundle delivered to the deposit target of the settings, or only planned in a dry run:
     * every gate, the bundle and its verification come first, so no route deposits a bundle a gate refused.
     */
    public DepositResult deposit() throws IOException, DatasetException {
        DepositSettings deposit = settings.deposit()
                .orElseThrow(() -> new IllegalStateException("the front end asked for a deposit without its settings"));
        if (settings.bundle().incremental().fetch()) {
            // a deposit sends the bag's files; SND's storage service carries unchanged files itself (files/import)
            throw new DatasetException(Diagnostic.error("deposit.incremental", "", "an incremental bag lacks the files "
                    + "it carries by fetch.txt, so it cannot be deposited", "deposit a complete bag: set "
                    + settings.words().setting(org.datasetkit.core.diag.Vocabulary.Setting.INCREMENTAL) + " to none"));
        }
        VerificationResult verified = verify();
        DepositResult result = new Depositor(listener::info)
                .run(deposit.request(verified.bag(), datasheet(), settings.location().workDirectory()));
        listener.info(result.summary());
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

    /**
     * The settings checked the output paths as written; this checks them with links resolved, before the first file
     * is written: an output folder linked into the dataset would write among the data.
     */
    private void refuseOutputAmongPayload(Path written, boolean replaced) throws IOException, DatasetException {
        Optional<String> conflict = settings.location().outputConflict(written, replaced);
        if (conflict.isPresent()) {
            throw new DatasetException(Diagnostic.error("build.output-in-dataset", "", conflict.get(),
                    "point the output folder outside the dataset folder"));
        }
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
