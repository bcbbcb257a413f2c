def log = new File(basedir, 'build.log').text
def scans = log.readLines().findAll { it.contains('Overscope: scanning') }
assert scans.size() == 1 : "expected one scan per build, got ${scans.size()}"
assert scans[0].endsWith(basedir.canonicalPath) || scans[0].contains(basedir.canonicalPath + ' ')
// The top-level scan reaches into the modules: the project token in module-b is reported, once.
assert log.readLines().findAll { it.contains('module-b/.env:2 Railway project token') }.size() == 1
assert log.readLines().findAll { it.contains('is covered by the scan of the top-level project') }.size() == 2
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/overscope.sarif').isFile()
assert !new File(basedir, 'module-a/target/overscope.sarif').exists()
true
