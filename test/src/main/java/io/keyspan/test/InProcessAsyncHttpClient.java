package io.keyspan.test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * The asynchronous SDK's HTTP client, answered by the server's protocol in the thread that
 * publishes the request body (the caller's): no event loop, no socket, no server thread.
 */
final class InProcessAsyncHttpClient implements SdkAsyncHttpClient {
  private final WireExchange exchange;

  InProcessAsyncHttpClient(WireExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    request.requestContentPublisher().subscribe(new BodyCollector(request, done));
    return done;
  }

  /** Reads the whole request body, then answers it through the response handler. */
  private final class BodyCollector implements Subscriber<ByteBuffer> {
    private final AsyncExecuteRequest request;
    private final CompletableFuture<Void> done;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    BodyCollector(AsyncExecuteRequest request, CompletableFuture<Void> done) {
      this.request = request;
      this.done = done;
    }

    @Override
    public void onSubscribe(Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(ByteBuffer buffer) {
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      body.writeBytes(bytes);
    }

    @Override
    public void onError(Throwable error) {
      request.responseHandler().onError(error);
      done.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      try {
        WireExchange.Answer answer = exchange.answer(request.request(), body.toByteArray());
        request.responseHandler().onHeaders(answer.response());
        request.responseHandler().onStream(AsyncRequestBody.fromBytes(answer.body()));
        done.complete(null);
      } catch (RuntimeException e) {
        onError(e);
      }
    }
  }

  @Override
  public String clientName() {
    return "KeyspanInProcessAsync";
  }

  @Override
  public void close() {
    // Holds no connections; the engine belongs to the Keyspan handle.
  }
}
