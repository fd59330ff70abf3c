package io.keyspan.dynamodb;

import io.keyspan.engine.EngineUri;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Reads a {@code dynamodb:} URI into a client:
 *
 * <ul>
 *   <li>{@code dynamodb:} the SDK's default region and credentials chains;
 *   <li>{@code dynamodb:?region=eu-west-1} a region, default credentials;
 *   <li>{@code dynamodb:http://127.0.0.1:8000} (optionally {@code ?region=...}) an endpoint, for a
 *       local emulator or a DynamoDB-compatible service.
 * </ul>
 *
 * <p>On a loopback endpoint the instance-metadata service is never asked (it is not there, and
 * asking it means network traffic off the machine): credentials come from the environment, the
 * system properties or the profile files, else placeholder credentials that emulators accept; the
 * region from the system settings or the profile, else us-east-1. Credentials are never logged.
 *
 * @param endpoint null for AWS's own endpoint of the region
 * @param region null for the default region chain
 */
record ClientUri(URI endpoint, Region region) {
  private static final Region LOCAL_DEFAULT_REGION = Region.US_EAST_1;

  static ClientUri parse(EngineUri uri) {
    if (!uri.scheme().equals("dynamodb")) {
      throw new IllegalArgumentException("Not a dynamodb: engine URI: " + uri);
    }
    Region region = null;
    for (Map.Entry<String, String> parameter : uri.parameters().entrySet()) {
      if (!parameter.getKey().equals("region") || parameter.getValue().isEmpty()) {
        throw new IllegalArgumentException(
            "Unknown or empty parameter '"
                + parameter.getKey()
                + "' in '"
                + uri
                + "'; the only parameter is region=<name>, as in dynamodb:?region=eu-west-1");
      }
      region = Region.of(parameter.getValue());
    }
    return new ClientUri(endpoint(uri), region);
  }

  private static URI endpoint(EngineUri uri) {
    if (uri.target().isEmpty()) {
      return null;
    }
    try {
      URI endpoint = new URI(uri.target());
      String scheme =
          endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
        throw new IllegalArgumentException(
            "The endpoint '"
                + uri.target()
                + "' of '"
                + uri
                + "' is not an http(s) URL with a host, as in dynamodb:http://127.0.0.1:8000");
      }
      return endpoint;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "Malformed endpoint in '" + uri + "': " + e.getMessage(), e);
    }
  }

  boolean isLoopback() {
    if (endpoint == null) {
      return false;
    }
    try {
      return InetAddress.getByName(endpoint.getHost()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  DynamoDbClient buildClient() {
    DynamoDbClientBuilder builder =
        DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    if (isLoopback()) {
      builder.region(region != null ? region : localRegion());
      builder.credentialsProvider(localCredentials());
    } else if (region != null) {
      builder.region(region);
    }
    return builder.build();
  }

  private static Region localRegion() {
    try {
      return new AwsRegionProviderChain(
              new SystemSettingsRegionProvider(), new AwsProfileRegionProvider())
          .getRegion();
    } catch (SdkClientException e) {
      return LOCAL_DEFAULT_REGION;
    }
  }

  private static AwsCredentialsProvider localCredentials() {
    return AwsCredentialsProviderChain.builder()
        .reuseLastProviderEnabled(true)
        .credentialsProviders(
            EnvironmentVariableCredentialsProvider.create(),
            SystemPropertyCredentialsProvider.create(),
            ProfileCredentialsProvider.create(),
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create("keyspan-local", "keyspan-local")))
        .build();
  }
}
