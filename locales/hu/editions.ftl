# An edition's whole life: archiving, new editions, network templates.

admin-call-archive = Pályázat archiválása
admin-call-offer-template = Felajánlás a hálózatnak sablonként
admin-call-withdraw-template = Sablon visszavonása
call-archived-on = Archiválva: { $date }
call-fact-archived = Archiválva
call-template-since = { $date } óta sablonként felajánlva a hálózatnak.
call-archived-read-only = Ez a pályázat archivált: sem a pályázat, sem a javaslatai, értékelései, döntései és projektjei nem módosíthatók többé.
call-origin = Kiindulás:
call-start-from = Kiindulás egy meglévő pályázatból
call-start-from-city = Egy saját pályázat új kiírása
call-start-from-network = A hálózatból
call-templates-none = Más város még nem ajánlott fel pályázatot sablonként.
call-start-blank = Vagy kezdjen üres pályázattal
call-year = Év
call-new-edition = Új kiírás
call-copy-template = Sablon másolása
call-copy-done = Új vázlat készült a pályázatból, a dátumokat egész évekkel eltolva. Közzététel előtt ellenőrizze.
call-copy-dropped-categories = Ezeknek a kategóriáknak nincs megfelelője a városa kategóriái között, ezért kimaradtak: { $categories }.
call-copy-unknown-attribute = A jogosultsági szabály a(z) „{ $attribute }” tulajdonságot használja, amely a városában nincs: a vázlat minden munkatárs előtt nyitva áll, amíg szabályt nem ad meg.
confirm-archive-call-title = Archiválja ezt: „{ $call }”?
confirm-archive-call-read-only = A pályázat, javaslatai, értékelései, döntései és projektjei véglegesen csak olvashatók lesznek; a pályázat minden hálózati adatban megmarad.
confirm-archive-call-open-projects = { $count ->
    [0] Nincs több nyitott projekt.
    [one] { $count } projekt még nyitott, és így is marad:
   *[other] { $count } projekt még nyitott, és így is marad:
}
confirm-archive-call-project = { $title } ({ $status })
confirm-archive-call-button = Archiválás
confirm-template-title = Felajánlja ezt a hálózatnak sablonként: „{ $call }”?
confirm-template-shown = Minden város adminisztrátorai látják majd a szövegeit, kategóriáit, szempontjait, jogosultsági szabályát, díjait és beállításait, és lemásolhatják őket; személynév és javaslat nem jelenik meg.
confirm-template-withdraw = Bármikor visszavonhatja; a már elkészült másolatok megőrzik a kapcsolatot.
confirm-template-button = Felajánlás sablonként
network-formats-travelled = Továbbvitt pályázati formátumok
