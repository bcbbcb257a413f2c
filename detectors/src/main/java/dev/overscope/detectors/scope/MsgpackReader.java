package dev.overscope.detectors.scope;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little of MessagePack that Fly.io macaroons use, decoded into plain Java values: {@link Long} for integers,
 * {@link String}, {@code byte[]}, {@link Boolean}, {@code null}, {@link List} and {@link Map}. Bounded by the input;
 * malformed input throws {@link IllegalArgumentException}.
 */
final class MsgpackReader {
  private static final int MAX_DEPTH = 16;

  private final byte[] in;
  private int pos;

  private MsgpackReader(byte[] in) {
    this.in = in;
  }

  /** The first value in {@code bytes}. */
  static Object read(byte[] bytes) {
    return new MsgpackReader(bytes).value(0);
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("nested too deep");
    }
    int b = u8();
    if (b <= 0x7f) {
      return (long) b;
    }
    if (b >= 0xe0) {
      return (long) (byte) b;
    }
    if ((b & 0xf0) == 0x80) {
      return map(b & 0x0f, depth);
    }
    if ((b & 0xf0) == 0x90) {
      return array(b & 0x0f, depth);
    }
    if ((b & 0xe0) == 0xa0) {
      return string(b & 0x1f);
    }
    return switch (b) {
      case 0xc0 -> null;
      case 0xc2 -> Boolean.FALSE;
      case 0xc3 -> Boolean.TRUE;
      case 0xc4 -> bytes(u8());
      case 0xc5 -> bytes(uint(2));
      case 0xc6 -> bytes(uint(4));
      case 0xcc -> (long) u8();
      case 0xcd -> (long) uint(2);
      case 0xce -> uint(4);
      case 0xcf -> uint(8);
      case 0xd0 -> (long) (byte) u8();
      case 0xd1 -> (long) (short) uint(2);
      case 0xd2 -> (long) (int) uint(4);
      case 0xd3 -> uint(8);
      case 0xd9 -> string(u8());
      case 0xda -> string(uint(2));
      case 0xdb -> string(uint(4));
      case 0xdc -> array(uint(2), depth);
      case 0xdd -> array(uint(4), depth);
      case 0xde -> map(uint(2), depth);
      case 0xdf -> map(uint(4), depth);
      default -> throw new IllegalArgumentException("unsupported msgpack type 0x" + Integer.toHexString(b));
    };
  }

  private List<Object> array(long size, int depth) {
    checkRemaining(size);
    List<Object> items = new ArrayList<>();
    for (long i = 0; i < size; i++) {
      items.add(value(depth + 1));
    }
    return items;
  }

  private Map<Object, Object> map(long size, int depth) {
    checkRemaining(size * 2);
    Map<Object, Object> entries = new LinkedHashMap<>();
    for (long i = 0; i < size; i++) {
      Object key = value(depth + 1);
      entries.put(key, value(depth + 1));
    }
    return entries;
  }

  private String string(long length) {
    return new String(bytes(length), StandardCharsets.UTF_8);
  }

  private byte[] bytes(long length) {
    checkRemaining(length);
    byte[] out = new byte[(int) length];
    System.arraycopy(in, pos, out, 0, (int) length);
    pos += (int) length;
    return out;
  }

  private long uint(int width) {
    checkRemaining(width);
    long value = 0;
    for (int i = 0; i < width; i++) {
      value = (value << 8) | (in[pos++] & 0xff);
    }
    return value;
  }

  private int u8() {
    checkRemaining(1);
    return in[pos++] & 0xff;
  }

  /** Every element takes at least one byte, so a count beyond the bytes left is malformed. */
  private void checkRemaining(long needed) {
    if (needed < 0 || needed > in.length - pos) {
      throw new IllegalArgumentException("truncated msgpack");
    }
  }
}
