package org.datasetkit.core.license;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A verdict with the reasons that led to it and the explanations in words.
 *
 * @param verdict the outcome
 * @param reasons reason codes, in the order the rules fired
 * @param explanations one sentence per reason, naming the licences involved
 */
public record Judgement(Verdict verdict, List<ReasonCode> reasons, List<String> explanations) {

    public Judgement {
        reasons = List.copyOf(reasons);
        explanations = List.copyOf(explanations);
    }

    static Judgement of(Verdict verdict, String upstream, String declared, ReasonCode... reasons) {
        List<String> sentences = new ArrayList<>();
        for (ReasonCode r : reasons) {
            sentences.add(r.explain(upstream, declared));
        }
        return new Judgement(verdict, List.of(reasons), sentences);
    }

    /** The worse of two judgements; on a tie, the reasons of both. */
    Judgement worst(Judgement other) {
        int c = verdict.compareTo(other.verdict);
        return c > 0 ? this : c < 0 ? other : merge(other);
    }

    /** The better of two judgements (a choice the licensor offers); on a tie, this one. */
    Judgement best(Judgement other) {
        return other.verdict.compareTo(verdict) < 0 ? other : this;
    }

    Judgement merge(Judgement other) {
        Set<ReasonCode> codes = new LinkedHashSet<>(reasons);
        codes.addAll(other.reasons);
        Set<String> sentences = new LinkedHashSet<>(explanations);
        sentences.addAll(other.explanations);
        return new Judgement(verdict.worst(other.verdict), List.copyOf(codes), List.copyOf(sentences));
    }
}
