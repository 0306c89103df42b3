#r "src/Playbooks.Cli/bin/Release/net10.0/Playbooks.Search.dll"
#r "src/Playbooks.Cli/bin/Release/net10.0/Playbooks.Core.dll"
open Playbooks.Search
open Playbooks.Search.Authoring
let engines = System.Collections.Generic.Dictionary<string, SearchEngine>()
let eng kb =
  if not (engines.ContainsKey kb) then engines.[kb] <- SearchEngine.Open(kb, System.IO.Path.GetTempPath() + "dupidx-" + string (abs (kb.GetHashCode())) + ".db")
  engines.[kb]
for line in System.IO.File.ReadAllLines "tests/corpora/duplicates/near-duplicates.tsv" do
  let f = line.Split('\t')
  let m = DuplicateCheck.Score(eng (f.[1]), f.[2], f.[3].Split(','))
  let s = m |> Seq.tryFind (fun x -> x.Id = f.[0]) |> Option.map (fun x -> x.Similarity) |> Option.defaultValue 0.0
  printfn "POS\t%.2f\t%s\ttop=%s %.2f %.2f" s f.[0] m.[0].Id m.[0].Similarity m.[0].Share
for kb in ["playbooks"; "tests/corpora/second-team/playbooks"] do
  let e = eng kb
  for id in e.Ids() do
    let struct (t, tags) = e.TitleAndTags(id).Value
    let m = DuplicateCheck.Score(e, t, tags, id)
    if m.Count > 0 then for x in m do printfn "NEG\t%.2f\t%s\t%s\t%.2f" x.Similarity id x.Id x.Share
