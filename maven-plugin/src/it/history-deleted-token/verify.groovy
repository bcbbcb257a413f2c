def log = new File(basedir, 'build.log').text
assert log.contains('(working tree and git history)')
assert log.contains('Overscope: 1 credential within agents\' reach fails the policy (fails on root:history)')
assert log =~ /CLAUDE\.md:3 in commit [0-9a-f]{10} Railway account or workspace API token — scope root, reach history/
assert !log.contains('c81f60b2d974') : 'the build log must never hold the secret'
assert log.contains('BUILD FAILURE')
true
