package dev.overscope.report;

import dev.overscope.core.scan.ScanResult;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a scan result in one format. Writers never print a raw secret unless the result carries one revealed. */
public interface ReportWriter {

  void write(ScanResult result, OutputStream out) throws IOException;
}
