package org.datasetkit.core.license;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates licence expressions against each other (research: licenses.md §2.6, E1–E5) with the single-licence
 * {@link CompatibilityRules}, and finds the licences a dataset could declare instead.
 */
public final class CompatibilityEvaluator {

    /** The usual data licences, offered as fixes. */
    private static final List<String> COMMON = List.of("CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0",
            "CC-BY-NC-SA-4.0", "ODC-By-1.0", "ODbL-1.0", "CDLA-Permissive-2.0", "CDLA-Sharing-1.0");

    private static final List<String> CC_VERSIONS = List.of("1.0", "2.0", "2.5", "3.0", "4.0");
    private static final Pattern CC_VERSIONED = Pattern.compile("(CC-[A-Z-]+?)-(\\d\\.\\d)(-[A-Za-z]+)?");

    private final LicenseRegistry registry;

    public CompatibilityEvaluator(LicenseRegistry registry) {
        this.registry = registry;
    }

    /** How the declared expression stands to one upstream expression under a relation. */
    public Judgement judge(LicenseExpression upstream, Relation relation, LicenseExpression declared) {
        // E1: a choice the licensor offers: the best option counts. E2: all conjuncts apply: the worst counts.
        if (upstream instanceof LicenseExpression.Or or) {
            return fold(or.terms(), t -> judge(t, relation, declared), true);
        }
        if (upstream instanceof LicenseExpression.And and) {
            return fold(and.terms(), t -> judge(t, relation, declared), false);
        }
        if (upstream instanceof LicenseExpression.With with) {
            return judge(with.license(), relation, declared);
        }
        LicenseExpression.Id u = (LicenseExpression.Id) upstream;
        if (u.orLater()) { // E5: "X or later" is a choice among X and its later versions
            return fold(laterVersions(u.id()), id -> judge(new LicenseExpression.Id(id, false), relation, declared), true);
        }
        return judgeDeclared(u.id(), relation, declared);
    }

    private Judgement judgeDeclared(String upstreamId, Relation relation, LicenseExpression declared) {
        // E3: recipients may pick any option: every one must be allowed. E4: per-part licensing: the part is
        // covered by whichever conjunct fits it best.
        if (declared instanceof LicenseExpression.Or or) {
            return fold(or.terms(), t -> judgeDeclared(upstreamId, relation, t), false);
        }
        if (declared instanceof LicenseExpression.And and) {
            return fold(and.terms(), t -> judgeDeclared(upstreamId, relation, t), true);
        }
        if (declared instanceof LicenseExpression.With with) {
            return judgeDeclared(upstreamId, relation, with.license());
        }
        LicenseExpression.Id d = (LicenseExpression.Id) declared;
        if (d.orLater()) {
            return fold(laterVersions(d.id()), id -> judgeDeclared(upstreamId, relation, new LicenseExpression.Id(id, false)),
                    false);
        }
        return CompatibilityRules.judge(registry.terms(upstreamId).orElse(null), upstreamId, relation,
                registry.terms(d.id()).orElse(null), d.id());
    }

    /** Of the usual data licences and the sources' own, those every given source accepts. */
    public List<String> acceptableForAll(List<Source> sources) {
        Set<String> candidates = new LinkedHashSet<>(COMMON);
        for (Source s : sources) {
            candidates.addAll(ids(s.expression()));
        }
        return acceptable(candidates, sources);
    }

    /**
     * Whether the adapted sources can share any licence at all; searched over every licence the registry knows,
     * every Creative Commons licence and the sources' own.
     */
    public boolean canBeCombined(List<Source> adapted) {
        Set<String> candidates = new LinkedHashSet<>(registry.ids());
        for (String elements : List.of("BY", "BY-SA", "BY-NC", "BY-NC-SA", "BY-ND", "BY-NC-ND")) {
            for (String v : CC_VERSIONS) {
                candidates.add("CC-" + elements + "-" + v);
            }
        }
        for (Source s : adapted) {
            candidates.addAll(ids(s.expression()));
        }
        return !acceptable(candidates, adapted).isEmpty();
    }

    private List<String> acceptable(Set<String> candidates, List<Source> sources) {
        List<String> out = new ArrayList<>();
        for (String candidate : candidates) {
            LicenseExpression d = new LicenseExpression.Id(candidate, false);
            boolean all = true;
            for (Source s : sources) {
                if (!judge(s.expression(), s.relation(), d).verdict().isAcceptable()) {
                    all = false;
                    break;
                }
            }
            if (all) {
                out.add(candidate);
            }
        }
        return out;
    }

    /** A source for the multi-source questions: its licence and how it is used. */
    public record Source(LicenseExpression expression, Relation relation) {}

    private static Set<String> ids(LicenseExpression e) {
        Set<String> out = new LinkedHashSet<>();
        if (e instanceof LicenseExpression.Id id) {
            out.add(id.id());
        } else if (e instanceof LicenseExpression.With w) {
            out.add(w.license().id());
        } else if (e instanceof LicenseExpression.And a) {
            a.terms().forEach(t -> out.addAll(ids(t)));
        } else if (e instanceof LicenseExpression.Or o) {
            o.terms().forEach(t -> out.addAll(ids(t)));
        }
        return out;
    }

    /** X and its later versions with the same elements (unported), for Creative Commons; X alone otherwise. */
    private static List<String> laterVersions(String id) {
        Matcher m = CC_VERSIONED.matcher(id.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return List.of(id);
        }
        List<String> out = new ArrayList<>(List.of(id));
        for (String v : CC_VERSIONS) {
            if (Double.parseDouble(v) > Double.parseDouble(m.group(2))) {
                out.add(m.group(1) + "-" + v);
            }
        }
        return out;
    }

    private static <T> Judgement fold(List<T> items, java.util.function.Function<T, Judgement> judge, boolean best) {
        Judgement result = null;
        for (T item : items) {
            Judgement j = judge.apply(item);
            result = result == null ? j : best ? result.best(j) : result.worst(j);
        }
        return result;
    }
}
