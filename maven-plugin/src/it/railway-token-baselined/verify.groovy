def log = new File(basedir, 'build.log').text
assert log.contains('0 finding(s), 0 failing the policy (fails on root:workspace), 1 allowed or baselined')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/overscope.sarif').text.contains('baseline')
true
