package io.keyspan.server.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of an {@code Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=...,
 * Signature=...} header, as SigV4 defines them
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#add-signature-to-request).
 * A part the header lacks is null; nothing is validated here.
 *
 * @param algorithm the first word, such as {@code AWS4-HMAC-SHA256}
 * @param credential {@code <key id>/<date>/<region>/<service>/aws4_request}
 * @param signedHeaders the lower-case header names the client signed, in the order given
 * @param signature the hex signature
 */
record SigV4Authorization(
    String algorithm, String credential, List<String> signedHeaders, String signature) {

  static SigV4Authorization parse(String header) {
    String[] algorithmAndRest = header.trim().split("\\s+", 2);
    Map<String, String> parameters = new LinkedHashMap<>();
    if (algorithmAndRest.length == 2) {
      for (String part : algorithmAndRest[1].split(",")) {
        int equals = part.indexOf('=');
        if (equals > 0) {
          parameters.put(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
        }
      }
    }
    String signedHeaders = parameters.get("SignedHeaders");
    return new SigV4Authorization(
        algorithmAndRest[0],
        parameters.get("Credential"),
        signedHeaders == null
            ? null
            : Arrays.stream(signedHeaders.split(";"))
                .map(name -> name.toLowerCase(Locale.ROOT))
                .toList(),
        parameters.get("Signature"));
  }

  /** The names of the parameters the header lacks, in the order DynamoDB reports them. */
  List<String> missingParameters() {
    List<String> missing = new ArrayList<>();
    if (credential == null) {
      missing.add("Credential");
    }
    if (signature == null) {
      missing.add("Signature");
    }
    if (signedHeaders == null) {
      missing.add("SignedHeaders");
    }
    return missing;
  }
}
