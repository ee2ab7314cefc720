package org.datasetkit.core.license;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.DatasheetLocation;
import org.datasetkit.core.datasheet.License;
import org.datasetkit.core.datasheet.Source;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.Severity;

/**
 * Checks that the dataset's licence and every source's licence is a real SPDX expression: listed ids or
 * {@code LicenseRef-}s, never the placeholders re-shared copies are full of ({@code unknown}, {@code other},
 * {@code NOASSERTION}, {@code NONE}).
 */
public final class LicenseChecker {

    /** The longest SPDX licence text is well under 200 KB. */
    static final long MAX_TEXT_BYTES = 1024 * 1024;


    /** Placeholders that say nothing about the terms, with what to write instead. */
    private static final Map<String, String> NOT_A_LICENCE = Map.of(
            "unknown", "find the licence the data was actually published under",
            "other", "name the terms with a LicenseRef-<Name> id and ship their text in license.textFile",
            "noassertion", "find the licence the data was actually published under",
            "none", "without a licence nobody may reuse the data; choose one, such as CC-BY-4.0");

    private final SpdxLicenseList list;
    private final LicenseRegistry registry;
    private final CompatibilityEvaluator evaluator;
    private final LicenseNormalizer normalizer;

    public LicenseChecker(SpdxLicenseList list, LicenseRegistry registry) {
        this.list = list;
        this.registry = registry;
        this.evaluator = new CompatibilityEvaluator(registry);
        this.normalizer = new LicenseNormalizer(list);
    }

    /**
     * Checks the declared licence strictly (an SPDX expression), reads each source's licence as platforms write it,
     * and judges every source against the licence its material is published under.
     *
     * @param datasetRoot the dataset folder, where LICENSE.txt is looked for
     */
    public LicenseCheckResult check(Datasheet datasheet, Path datasetRoot) {
        List<Diagnostic> findings = new ArrayList<>();
        String declaredText = check(datasheet.license().spdxAt(), datasheet.license().spdx(), "the dataset", findings);
        LicenseExpression declared = declaredText.isEmpty() ? null : parseQuietly(declaredText);
        List<SourceVerdict> verdicts = new ArrayList<>();
        List<LicenseExpression> upstreams = new ArrayList<>();
        for (Source source : datasheet.sources()) {
            LicenseExpression upstream = sourceLicence(source, findings);
            upstreams.add(upstream);
            verdicts.add(declared == null ? null : judge(datasheet, source, upstream, declared));
        }
        if (declared != null) {
            markConflicts(datasheet.sources(), upstreams, verdicts);
            report(datasheet, verdicts, findings);
            checkLicenseText(datasheet, datasetRoot, declared, findings);
        }
        List<SourceVerdict> done = verdicts.stream().filter(java.util.Objects::nonNull).toList();
        // a dataset licence that cannot be read was judged against nothing: it is no more than REVIEW
        Verdict overall = done.stream().map(SourceVerdict::verdict)
                .reduce(declared == null ? Verdict.REVIEW : Verdict.COMPATIBLE, Verdict::worst);
        List<CompatibilityEvaluator.Source> known = new ArrayList<>();
        boolean allKnown = true;
        for (int i = 0; i < upstreams.size(); i++) {
            if (upstreams.get(i) != null) {
                known.add(new CompatibilityEvaluator.Source(upstreams.get(i), relation(datasheet.sources().get(i))));
            } else {
                allKnown = false;
            }
        }
        String notice = declared == null ? "" : new NoticeWriter(registry).write(datasheet, declaredText, datasheet.sources(), done);
        // a source whose terms are unknown (unknown, NOASSERTION, a vague family) accepts nothing for certain
        return new LicenseCheckResult(declaredText, overall, done, allKnown ? evaluator.acceptableForAll(known) : List.of(),
                textsToShip(declared, upstreams), notice, list.version(), Diagnostics.sorted(findings));
    }

    /** The source's licence as an expression, or null (with a finding) when it is unknown, vague or unreadable. */
    private LicenseExpression sourceLicence(Source source, List<Diagnostic> findings) {
        LicenseNormalizer.Normalized n = normalizer.normalize(source.license());
        DatasheetLocation where = source.licenseAt();
        if (n.kind() == LicenseNormalizer.Normalized.Kind.UNKNOWN || n.kind() == LicenseNormalizer.Normalized.Kind.VAGUE) {
            return null; // judged REVIEW: the source's terms cannot be known from what is written
        }
        if (n.kind() == LicenseNormalizer.Normalized.Kind.ALIAS) {
            findings.add(at(where, 0, Severity.WARNING, "license.normalized",
                    "'" + n.written() + "' is read as the SPDX expression " + n.spdx(),
                    "write " + n.spdx() + " so every tool reads it the same way"));
        }
        String canonical = check(where, n.spdx(), "source '" + source.title() + "'", findings);
        return canonical.isEmpty() ? null : parseQuietly(canonical);
    }

    private SourceVerdict judge(Datasheet sheet, Source source, LicenseExpression upstream,
            LicenseExpression declaredForDataset) {
        Relation relation = relation(source);
        String published = publishedUnder(sheet, source);
        LicenseExpression declared = parseQuietly(published);
        if (declared == null) {
            declared = declaredForDataset;
            published = declaredForDataset.canonical();
        }
        Judgement judgement;
        if (upstream == null) {
            boolean vague = normalizer.normalize(source.license()).kind() == LicenseNormalizer.Normalized.Kind.VAGUE;
            judgement = Judgement.of(Verdict.REVIEW, source.license(), published,
                    vague ? ReasonCode.VAGUE_LICENSE : ReasonCode.UNKNOWN_LICENSE);
        } else {
            judgement = evaluator.judge(upstream, relation, declared);
        }
        return new SourceVerdict(source.title(), source.license(), upstream == null ? "" : upstream.canonical(), relation,
                published, judgement, fix(judgement, upstream, relation), review(source));
    }

    /** A source whose material lies under a per-path licence ({@code license.files}) is published under that licence. */
    private static String publishedUnder(Datasheet sheet, Source source) {
        for (License.PathLicense entry : sheet.license().files()) {
            for (String pattern : entry.paths()) {
                PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
                for (String sourcePath : source.paths()) {
                    if (pattern.equals(sourcePath) || m.matches(Path.of(sample(sourcePath)))) {
                        return entry.spdx();
                    }
                }
            }
        }
        return sheet.license().spdx();
    }

    /** A concrete path that a glob pattern stands for, to test it against another pattern. */
    private static String sample(String glob) {
        return glob.replace("**", "x/y").replace("*", "x").replace("?", "x");
    }

    private String fix(Judgement judgement, LicenseExpression upstream, Relation relation) {
        if (judgement.verdict().isAcceptable()) {
            return "";
        }
        if (upstream == null) {
            return "find the licence the source was published under (its landing page or DOI record) and write its"
                    + " SPDX id; or record a documented review under licenseReview";
        }
        if (judgement.reasons().contains(ReasonCode.RESTRICTED_NO_REDISTRIBUTION)) {
            return "do not ship this source's data: reference it instead (use: reference) and let users obtain it"
                    + " from its steward under its own agreement";
        }
        if (judgement.verdict() == Verdict.REVIEW) {
            return "check the terms by hand, then record the review under licenseReview (reviewer, date, conclusion)";
        }
        List<String> options = evaluator.acceptableForAll(List.of(new CompatibilityEvaluator.Source(upstream, relation)));
        return options.isEmpty() ? "no common licence fits this source; reference it instead of shipping it"
                : "declare " + String.join(" or ", options.subList(0, Math.min(4, options.size())))
                        + (relation == Relation.COPY ? ", or keep the source as a separately licensed part (license.files)" : "");
    }

    /** R8: adapted sources whose terms no single licence satisfies together conflict, whatever is declared. */
    private void markConflicts(List<Source> sources, List<LicenseExpression> upstreams, List<SourceVerdict> verdicts) {
        List<Integer> adapted = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            if (upstreams.get(i) != null && relation(sources.get(i)) == Relation.ADAPT) {
                adapted.add(i);
            }
        }
        if (adapted.size() < 2) {
            return;
        }
        List<CompatibilityEvaluator.Source> inputs = adapted.stream()
                .map(i -> new CompatibilityEvaluator.Source(upstreams.get(i), Relation.ADAPT)).toList();
        if (evaluator.canBeCombined(inputs)) {
            return;
        }
        long shareAlike = adapted.stream().filter(i -> terms(upstreams.get(i), t -> t.shareAlike() != LicenseTerms.ShareAlike.NONE)).count();
        ReasonCode code = shareAlike >= 2 ? ReasonCode.SA_CONFLICT : ReasonCode.COMBINATION_CONFLICT;
        for (int i : adapted) {
            if (!terms(upstreams.get(i), t -> t.nonCommercial() || t.shareAlike() != LicenseTerms.ShareAlike.NONE)) {
                continue; // a permissive source is not part of the conflict
            }
            SourceVerdict v = verdicts.get(i);
            Judgement conflict = v.judgement().merge(Judgement.of(Verdict.INCOMPATIBLE, v.license(), v.declared(), code));
            verdicts.set(i, new SourceVerdict(v.title(), v.written(), v.license(), v.relation(), v.declared(), conflict,
                    "adapt only one of the conflicting sources, keep them as separate parts (use: collect), or publish"
                            + " them as separate datasets", v.review()));
        }
    }

    /** Whether a single-licence expression's terms satisfy a condition (false for compound or unknown ones). */
    private boolean terms(LicenseExpression e, java.util.function.Predicate<LicenseTerms> condition) {
        return e instanceof LicenseExpression.Id id && registry.terms(id.id()).map(condition::test).orElse(false);
    }

    private void report(Datasheet sheet, List<SourceVerdict> verdicts, List<Diagnostic> findings) {
        for (int i = 0; i < verdicts.size(); i++) {
            SourceVerdict v = verdicts.get(i);
            DatasheetLocation where = sheet.sources().get(i).licenseAt();
            if (sheet.profiles().contains("snd") && v.relation() != Relation.REFERENCE && unportedBefore4(v.license())) {
                // R12: a Swedish/EU publisher's database has sui generis rights that CC 3.0 unported does not license.
                findings.add(at(where, 0, Severity.WARNING, "license.sgdr-not-covered",
                        v.license() + " (unported, before 4.0) does not license the sui generis database rights an EU"
                                + " database carries", "ask the source's rights holder to confirm database use, or use a 4.0 version"));
            }
            switch (v.verdict()) {
                case INCOMPATIBLE -> findings.add(at(where, 0, Severity.ERROR, "license.incompatible", v.paragraph(), v.fix()));
                case REVIEW -> findings.add(v.review().isEmpty()
                        ? at(where, 0, Severity.ERROR, "license.review", v.paragraph(), v.fix())
                        : at(where, 0, Severity.WARNING, "license.review-accepted",
                                v.headline() + "; accepted after review (" + v.review() + ")", ""));
                case COMPATIBLE_WITH_OBLIGATIONS -> findings.add(at(where, 0, Severity.INFO, "license.obligations",
                        v.paragraph(), ""));
                default -> { }
            }
        }
    }

    private boolean unportedBefore4(String licence) {
        return registry.terms(licence).map(t -> t.isCreativeCommons() && !t.publicDomain() && t.versionNumber() < 4.0
                && t.id().matches("CC-[A-Z-]+-\\d\\.\\d")).orElse(false);
    }

    /** LICENSE.txt (or license.textFile), when present, must be the text of the declared licence. */
    private void checkLicenseText(Datasheet sheet, Path root, LicenseExpression declared, List<Diagnostic> findings) {
        Path text = root.resolve(sheet.license().textFile().orElse("LICENSE.txt"));
        List<String> listed = new ArrayList<>();
        collectListed(declared, listed);
        // With a LicenseRef in the expression the text file holds those custom terms: nothing to compare.
        if (listed.isEmpty() || declared.canonical().contains("LicenseRef-") || !Files.isRegularFile(text)) {
            return;
        }
        String name = root.relativize(text).toString().replace('\\', '/');
        String content;
        try {
            long size = Files.size(text);
            if (size > MAX_TEXT_BYTES) { // read whole below: a 3 GB file named by mistake must not exhaust the heap
                findings.add(Diagnostic.error("license.text-too-large", name, "is " + size + " bytes; a licence text is"
                        + " at most a few hundred kilobytes (the limit is " + MAX_TEXT_BYTES + ")",
                        "point license.textFile at the licence's text only"));
                return;
            }
            content = Files.readString(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            findings.add(Diagnostic.error("license.text-unreadable", name, "cannot be read as UTF-8 text: " + e.getMessage(),
                    "save it as UTF-8"));
            return;
        }
        for (String id : listed) {
            if (list.textContains(id, content)) {
                return;
            }
        }
        List<String> actual = list.identify(content);
        findings.add(Diagnostic.error("license.text-mismatch", name,
                "is not the text of the declared licence " + String.join(" or ", listed)
                        + (actual.isEmpty() ? "" : "; it is the text of " + String.join(", ", actual)),
                "replace it with the text from https://spdx.org/licenses/" + listed.get(0) + ".html, or correct license.spdx"));
    }

    private static void collectListed(LicenseExpression e, List<String> out) {
        if (e instanceof LicenseExpression.Id id && !id.isRef()) {
            out.add(id.id());
        } else if (e instanceof LicenseExpression.With w) {
            collectListed(w.license(), out);
        } else if (e instanceof LicenseExpression.And a) {
            a.terms().forEach(t -> collectListed(t, out));
        } else if (e instanceof LicenseExpression.Or o) {
            o.terms().forEach(t -> collectListed(t, out));
        }
    }

    /** Listed licences, declared or upstream, whose terms require their text to travel with the data. */
    private List<String> textsToShip(LicenseExpression declared, List<LicenseExpression> upstreams) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        List<LicenseExpression> all = new ArrayList<>(upstreams);
        all.add(declared);
        for (LicenseExpression e : all) {
            List<String> ids = new ArrayList<>();
            if (e != null) {
                collectListed(e, ids);
            }
            for (String id : ids) {
                if (registry.terms(id).map(LicenseTerms::textRequired).orElse(false)) {
                    out.add(id);
                }
            }
        }
        return List.copyOf(out);
    }

    private static Relation relation(Source source) {
        return Relation.parse(source.use());
    }

    private static LicenseExpression parseQuietly(String expression) {
        try {
            return new LicenseExpressionParser().parse(expression);
        } catch (LicenseSyntaxException e) {
            return null;
        }
    }

    /** The canonical form of one expression, or "" after recording why it is not a licence. */
    private String check(DatasheetLocation where, String expression, String whose, List<Diagnostic> out) {
        String placeholderFix = NOT_A_LICENCE.get(expression.trim().toLowerCase(Locale.ROOT));
        if (placeholderFix != null) {
            out.add(at(where, 0, Severity.ERROR, "license.unknown",
                    "'" + expression.trim() + "' is not a licence: " + whose + " would be published with no known terms",
                    placeholderFix));
            return "";
        }
        LicenseExpression parsed;
        try {
            parsed = new LicenseExpressionParser().parse(expression);
        } catch (LicenseSyntaxException e) {
            out.add(at(where, e.column(), Severity.ERROR, "license.syntax",
                    "'" + expression + "' is not an SPDX licence expression: " + e.getMessage(),
                    "write an SPDX id such as CC-BY-4.0, or combine ids with AND / OR"));
            return "";
        }
        int errorsBefore = (int) out.stream().filter(Diagnostic::isError).count();
        LicenseExpression canonical = canonicalize(where, expression, parsed, out);
        long errorsAfter = out.stream().filter(Diagnostic::isError).count();
        return errorsAfter > errorsBefore ? "" : canonical.canonical();
    }

    private LicenseExpression canonicalize(DatasheetLocation where, String expression, LicenseExpression e,
            List<Diagnostic> out) {
        if (e instanceof LicenseExpression.And and) {
            return new LicenseExpression.And(and.terms().stream().map(t -> canonicalize(where, expression, t, out)).toList());
        }
        if (e instanceof LicenseExpression.Or or) {
            return new LicenseExpression.Or(or.terms().stream().map(t -> canonicalize(where, expression, t, out)).toList());
        }
        if (e instanceof LicenseExpression.With with) {
            LicenseExpression.Id id = canonicalId(where, expression, with.license(), out);
            Optional<String> exception = list.exception(with.exception());
            if (exception.isEmpty()) {
                out.add(at(where, column(expression, with.exception()), Severity.ERROR, "license.unknown-exception",
                        "'" + with.exception() + "' is not an exception on the SPDX License List " + list.version(),
                        "check the spelling at https://spdx.org/licenses/exceptions-index.html"));
                return new LicenseExpression.With(id, with.exception());
            }
            return new LicenseExpression.With(id, exception.get());
        }
        return canonicalId(where, expression, (LicenseExpression.Id) e, out);
    }

    private LicenseExpression.Id canonicalId(DatasheetLocation where, String expression, LicenseExpression.Id id,
            List<Diagnostic> out) {
        if (id.isRef()) {
            return id;
        }
        Optional<SpdxLicenseList.Listed> listed = list.license(id.id());
        if (listed.isEmpty()) {
            out.add(at(where, column(expression, id.id()), Severity.ERROR, "license.unknown-id",
                    "'" + id.id() + "' is not on the SPDX License List " + list.version(),
                    "use the exact SPDX id (such as CC-BY-4.0, CC-BY-NC-SA-4.0, CC0-1.0), or LicenseRef-<Name> for terms not on the list"));
            return id;
        }
        SpdxLicenseList.Listed license = listed.get();
        if (license.deprecated()) {
            out.add(at(where, column(expression, id.id()), Severity.WARNING, "license.deprecated-id",
                    "'" + license.id() + "' is a deprecated SPDX id",
                    "use the current id, e.g. GPL-3.0-only or GPL-3.0-or-later instead of GPL-3.0"));
        }
        return new LicenseExpression.Id(license.id(), id.orLater());
    }

    private static int column(String expression, String token) {
        int i = expression.indexOf(token);
        return i < 0 ? 0 : i + 1;
    }

    /** A finding placed on the expression's value; the position inside the expression, if known, goes in the message. */
    private static Diagnostic at(DatasheetLocation where, int columnInExpression, Severity severity,
            String code, String message, String hint) {
        String inExpression = columnInExpression > 1 ? " (at character " + columnInExpression + " of the expression)" : "";
        return where.diagnostic(severity, code, message + inExpression, hint);
    }

    private static String review(Source source) {
        return source.licenseReview().map(Source.LicenseReview::summary).orElse("");
    }
}
