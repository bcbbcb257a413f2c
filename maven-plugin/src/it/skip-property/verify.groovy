def log = new File(basedir, 'build.log').text
assert log.contains('Overscope: skipped (overscope.skip)')
assert !log.contains('Overscope: scanning')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/overscope.sarif').exists()
true
