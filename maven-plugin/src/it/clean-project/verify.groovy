def log = new File(basedir, 'build.log').text
assert log.contains('Overscope: scanning')
assert log.contains('0 failing the policy')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/overscope.sarif').isFile()
true
