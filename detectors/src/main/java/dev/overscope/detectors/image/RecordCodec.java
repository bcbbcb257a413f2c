package dev.overscope.detectors.image;

import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads a tree of records, lists, string-keyed maps, strings, numbers and booleans: what the YAML
 * models are made of. Java serialization read the rule image in 120-135 ms on a cold JVM, most of it building a
 * method-handle tree per record class; this calls each record's canonical constructor, and admits only the record
 * types the reader names, so a foreign or damaged image is refused rather than run.
 */
final class RecordCodec {
  private static final int NULL = 0;
  private static final int STRING = 1;
  private static final int INTEGER = 2;
  private static final int DOUBLE = 3;
  private static final int BOOLEAN = 4;
  private static final int LIST = 5;
  private static final int MAP = 6;
  private static final int RECORD = 7;
  /** Deeper than any model nests; a damaged image could otherwise recurse until the stack runs out. */
  private static final int MAX_DEPTH = 16;
  /** Longer than any list, map or string the models hold; a damaged length could otherwise claim the heap. */
  private static final int MAX_LENGTH = 1 << 20;

  private final Map<String, Constructor<?>> constructors = new HashMap<>();

  /** A codec that reads the given record types (and writes any). */
  RecordCodec(List<Class<?>> types) {
    for (Class<?> type : types) {
      if (!type.isRecord()) {
        throw new IllegalArgumentException(type.getName() + " is not a record");
      }
      Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
          .toArray(Class<?>[]::new);
      try {
        Constructor<?> canonical = type.getDeclaredConstructor(parameters);
        canonical.setAccessible(true);
        constructors.put(type.getName(), canonical);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("every record has a canonical constructor", e);
      }
    }
  }

  static void write(Object value, DataOutputStream out) throws IOException {
    if (value == null) {
      out.writeByte(NULL);
    } else if (value instanceof String text) {
      out.writeByte(STRING);
      writeString(text, out);
    } else if (value instanceof Integer number) {
      out.writeByte(INTEGER);
      out.writeInt(number);
    } else if (value instanceof Double number) {
      out.writeByte(DOUBLE);
      out.writeDouble(number);
    } else if (value instanceof Boolean flag) {
      out.writeByte(BOOLEAN);
      out.writeBoolean(flag);
    } else if (value instanceof List<?> list) {
      out.writeByte(LIST);
      out.writeInt(list.size());
      for (Object item : list) {
        write(item, out);
      }
    } else if (value instanceof Map<?, ?> map) {
      out.writeByte(MAP);
      out.writeInt(map.size());
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        writeString((String) entry.getKey(), out);
        write(entry.getValue(), out);
      }
    } else if (value instanceof Record record) {
      out.writeByte(RECORD);
      writeString(record.getClass().getName(), out);
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        write(component(record, component), out);
      }
    } else {
      throw new IllegalArgumentException("an image holds no " + value.getClass().getName());
    }
  }

  /**
   * The next value of {@code in}, an image read whole into memory: a heap buffer's reads are a few instructions
   * each, where a stream's chain of buffered, synchronised calls made this the costliest method the JIT compiled
   * in a scan of the Linux sources (0.7 s of C2).
   */
  Object read(ByteBuffer in) throws ImageFormatException {
    return read(in, 0);
  }

  private Object read(ByteBuffer in, int depth) throws ImageFormatException {
    if (depth > MAX_DEPTH) {
      throw new ImageFormatException("nested deeper than " + MAX_DEPTH);
    }
    try {
      int tag = in.get() & 0xFF;
      switch (tag) {
        case NULL:
          return null;
        case STRING:
          return readString(in);
        case INTEGER:
          return in.getInt();
        case DOUBLE:
          return in.getDouble();
        case BOOLEAN:
          return in.get() != 0;
        case LIST:
          return readList(in, depth);
        case MAP:
          return readMap(in, depth);
        case RECORD:
          return readRecord(in, depth);
        default:
          throw new ImageFormatException("unknown tag " + tag);
      }
    } catch (BufferUnderflowException e) {
      throw new ImageFormatException("cut short");
    }
  }

  private List<Object> readList(ByteBuffer in, int depth) throws ImageFormatException {
    int size = length(in);
    List<Object> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(read(in, depth + 1));
    }
    return Collections.unmodifiableList(list);
  }

  private Map<String, Object> readMap(ByteBuffer in, int depth) throws ImageFormatException {
    int size = length(in);
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      map.put(readString(in), read(in, depth + 1));
    }
    return Collections.unmodifiableMap(map);
  }

  private Object readRecord(ByteBuffer in, int depth) throws ImageFormatException {
    String name = readString(in);
    Constructor<?> canonical = constructors.get(name);
    if (canonical == null) {
      throw new ImageFormatException("a " + name + " is not one of the model's records");
    }
    Object[] arguments = new Object[canonical.getParameterCount()];
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = read(in, depth + 1);
    }
    try {
      return canonical.newInstance(arguments);
    } catch (InstantiationException | IllegalAccessException | IllegalArgumentException
        | InvocationTargetException e) {
      throw new ImageFormatException("a " + name + " does not match its record: " + e);
    }
  }

  static void writeString(String text, DataOutputStream out) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(ByteBuffer in) throws ImageFormatException {
    int length = length(in);
    String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return text;
  }

  private static int length(ByteBuffer in) throws ImageFormatException {
    if (in.remaining() < Integer.BYTES) {
      throw new ImageFormatException("cut short");
    }
    int length = in.getInt();
    // Every element takes at least a byte: a length beyond what is left is damage, not a reason to allocate.
    if (length < 0 || length > MAX_LENGTH || length > in.remaining()) {
      throw new ImageFormatException("length " + length + " out of range");
    }
    return length;
  }

  private static Object component(Record record, RecordComponent component) {
    try {
      var accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
    }
  }

  /** An image that is not what this codec writes: the caller falls back to the YAML. */
  static final class ImageFormatException extends IOException {
    ImageFormatException(String message) {
      super(message);
    }
  }
}
