package io.keyspan.engine;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.NativeItem;
import java.util.Map;

/** One write of a BatchWriteItem: a whole-item put or a delete by key, with no condition. */
public sealed interface WriteRequest permits WriteRequest.Put, WriteRequest.Delete {

  record Put(Map<String, AttributeValue> item) implements WriteRequest {
    public Put {
      item = NativeItem.copyOf(item);
    }
  }

  record Delete(Map<String, AttributeValue> key) implements WriteRequest {
    public Delete {
      key = Map.copyOf(key);
    }
  }
}
