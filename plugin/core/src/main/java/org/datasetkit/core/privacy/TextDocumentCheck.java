package org.datasetkit.core.privacy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;

/** Markdown and plain-text documentation, line by line (a line longer than 64 Ki characters is read in pieces). */
final class TextDocumentCheck implements FileCheck {

    private static final int PIECE = 1 << 16;

    private final DocumentRules rules;

    TextDocumentCheck(DocumentRules rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Set<FileKind> kinds() {
        return Set.of(FileKind.TEXT);
    }

    @Override
    public void check(CheckedFile file, PrivacyPolicy policy, List<Diagnostic> findings) throws IOException {
        Reader in = new InputStreamReader(file.content(), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        DocumentRules.Document doc = rules.new Document(file.path(), "text", policy, file.shapes(), findings);
        char[] buffer = new char[PIECE];
        StringBuilder line = new StringBuilder();
        int number = 1;
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (c == '\n' || line.length() == PIECE) {
                    doc.text("line " + number, line.toString(), number);
                    line.setLength(0);
                    if (c == '\n') {
                        number++;
                        continue;
                    }
                }
                line.append(c);
            }
        }
        doc.text("line " + number, line.toString(), number);
        doc.end();
    }
}
