package org.datasetkit.core.deposit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import tools.jackson.databind.JsonNode;

/**
 * The claims of a DORIS write token, read (not verified: the service does that) so that a token for another dataset or
 * version, without the write role, or expired, is refused before the first byte is sent. The token itself is never
 * printed.
 */
record DorisToken(Optional<String> identifier, Optional<String> version, List<String> roles, Optional<Instant> expires) {

    static final String WRITE_ROLE = "write-draft-files";

    static DorisToken read(Credential credential) throws DatasetException {
        String[] parts = credential.reveal().split("\\.");
        try {
            if (parts.length != 3) {
                throw new IllegalArgumentException("not three parts");
            }
            JsonNode claims = ServiceResponse.mapper().readTree(
                    new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            List<String> roles = new ArrayList<>();
            JsonNode role = claims.path("role");
            if (role.isArray()) {
                role.forEach(r -> roles.add(r.asString()));
            } else if (!role.isMissingNode()) {
                roles.add(role.asString());
            }
            return new DorisToken(text(claims, "dataset_identifier"), text(claims, "dataset_version"), roles,
                    claims.path("exp").isNumber() ? Optional.of(Instant.ofEpochSecond(claims.path("exp").asLong()))
                            : Optional.empty());
        } catch (RuntimeException e) {
            throw new DatasetException(Diagnostic.error("deposit.doris-token", credential.origin(),
                    "the password is not a DORIS write token (a JWT)",
                    "put the write token DORIS issued for this dataset version in the <password> of " + credential.origin()));
        }
    }

    private static Optional<String> text(JsonNode claims, String name) {
        return claims.path(name).isMissingNode() ? Optional.empty() : Optional.of(claims.path(name).asString());
    }
}
